package nl.midoffice.simulator.legacysuite.werkbak;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.midoffice.simulator.legacysuite.zaak.Besluit;
import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.legacysuite.zaak.NieuweZaak;
import nl.midoffice.simulator.legacysuite.zaak.Zaak;

/**
 * One zaak as the clerk sees it: dates in Dutch notation, the BSN masked.
 *
 * @param besluitformulier the permit decision form's defaults, or null when no decision is due
 * @param besluit          the decision taken, e.g. "Verleend: Parkeervergunning verleend, ...", or null
 */
record WerkbakRij(String identificatie, String ontvangenOp, String gemeente, String zaaktype,
                  String omschrijving, String toelichting, String initiator, String status,
                  boolean afgesloten, int herhalingen, List<Historie> historie,
                  Besluitformulier besluitformulier, String besluit) {

    static final DateTimeFormatter WEERGAVE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    /** How the mid-office writes a parking permit's requested start in the zaak's toelichting. */
    private static final Pattern INGANGSDATUM = Pattern.compile("Ingangsdatum (\\d{4}-\\d{2}-\\d{2})");

    record Historie(String status, String toelichting, String gezetOp) {
    }

    /** Pre-filled ISO dates for the date inputs: what a clerk grants most often. */
    record Besluitformulier(String geldigVanaf, String geldigTot) {
    }

    static WerkbakRij van(Zaak zaak, Clock clock) {
        NieuweZaak g = zaak.gegevens();
        boolean afgesloten = zaak.huidigeStatus().status().eindstatus();
        return new WerkbakRij(g.identificatie(), WEERGAVE.format(zaak.ontvangenOp().atZone(clock.getZone())),
                g.gemeente(), g.zaaktypeOmschrijving() != null ? g.zaaktypeOmschrijving() : g.zaaktypeCode(),
                g.omschrijving(), g.toelichting(), Bsn.gemaskeerd(g.initiatorBsn()),
                zaak.huidigeStatus().status().omschrijving(), afgesloten,
                zaak.herhalingen(),
                zaak.statussen().stream()
                        .map(s -> new Historie(s.status().omschrijving(), s.toelichting(),
                                WEERGAVE.format(s.gezetOp().atZone(clock.getZone()))))
                        .toList(),
                g.isParkeervergunning() && !afgesloten ? besluitformulier(g, LocalDate.now(clock)) : null,
                besluit(zaak.besluit()));
    }

    /** From the requested start date (else the zaak's startdatum, else today) for one year. */
    private static Besluitformulier besluitformulier(NieuweZaak zaak, LocalDate vandaag) {
        LocalDate vanaf = vandaag;
        Matcher ingang = INGANGSDATUM.matcher(zaak.toelichting() == null ? "" : zaak.toelichting());
        try {
            if (ingang.find()) {
                vanaf = LocalDate.parse(ingang.group(1));
            } else if (zaak.startdatum() != null) {
                vanaf = LocalDate.parse(zaak.startdatum(), DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (DateTimeParseException e) {
            // only a default for the form: the clerk sees today and can change it
        }
        return new Besluitformulier(vanaf.toString(), vanaf.plusYears(1).toString());
    }

    private static String besluit(Besluit besluit) {
        if (besluit == null) {
            return null;
        }
        String uitkomst = besluit.uitkomst() == Besluit.Uitkomst.VERLEEND ? "Verleend" : "Afgewezen";
        return uitkomst + ": " + besluit.toelichting();
    }
}
