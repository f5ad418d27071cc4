package nl.midoffice.portal.aanvragen;

import java.util.Arrays;
import java.util.Optional;

/** The mid-office's status values (docs/architecture.md) in words a citizen understands. */
public enum AanvraagStatus {
    ONTVANGEN("Ontvangen", "Uw aanvraag is ontvangen."),
    GEREGISTREERD("Geregistreerd", "Uw aanvraag is geregistreerd bij de gemeente."),
    IN_BEHANDELING("In behandeling", "De gemeente behandelt uw aanvraag."),
    AFGEHANDELD("Afgehandeld", "Uw aanvraag is afgehandeld."),
    AFGEWEZEN("Afgewezen", "Uw aanvraag is afgewezen."),
    VERTRAAGD("Vertraagd", "Uw aanvraag is ontvangen; de verwerking duurt langer dan gewoonlijk.");

    private final String label;
    private final String uitleg;

    AanvraagStatus(String label, String uitleg) {
        this.label = label;
        this.uitleg = uitleg;
    }

    public String getLabel() {
        return label;
    }

    public String getUitleg() {
        return uitleg;
    }

    public static Optional<AanvraagStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
