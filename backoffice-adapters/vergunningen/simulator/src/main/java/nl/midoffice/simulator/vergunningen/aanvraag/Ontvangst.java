package nl.midoffice.simulator.vergunningen.aanvraag;

/** What the register did with a delivery, and the application it concerns (the existing one on a conflict). */
public record Ontvangst(Registratie registratie, Aanvraag aanvraag) {
}
