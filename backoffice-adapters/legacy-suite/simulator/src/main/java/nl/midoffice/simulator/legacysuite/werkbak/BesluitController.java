package nl.midoffice.simulator.legacysuite.werkbak;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.simulator.legacysuite.zaak.StatusWijzigingGeweigerdException;
import nl.midoffice.simulator.legacysuite.zaak.Zaak;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;

/**
 * The clerk's decision on a parking permit. It needs no protocol of its own: the final status it
 * sets travels to the mid-office with the status polling it already does.
 */
@Controller
class BesluitController {

    private final ZaakRegister register;

    BesluitController(ZaakRegister register) {
        this.register = register;
    }

    @PostMapping("/werkbak/zaken/{identificatie}/besluit")
    RedirectView besluit(@PathVariable String identificatie,
                         @RequestParam(required = false) String besluit,
                         @RequestParam(required = false) String geldigVanaf,
                         @RequestParam(required = false) String geldigTot,
                         @RequestParam(required = false) String reden,
                         RedirectAttributes redirect) {
        try {
            Zaak zaak = switch (besluit == null ? "" : besluit) {
                case "VERLEEND" -> register.verleen(identificatie,
                        datum(geldigVanaf, "Geldig vanaf"), datum(geldigTot, "Geldig tot"));
                case "AFGEWEZEN" -> register.wijsAf(identificatie, reden(reden));
                default -> throw new StatusWijzigingGeweigerdException(
                        "Kies of de parkeervergunning van zaak " + identificatie + " wordt verleend of afgewezen.");
            };
            redirect.addFlashAttribute("melding", "Zaak " + identificatie + " heeft nu de status "
                    + zaak.huidigeStatus().status().omschrijving() + ": " + zaak.huidigeStatus().toelichting());
        } catch (StatusWijzigingGeweigerdException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return WerkbakController.terugNaarWerkbak();
    }

    private static LocalDate datum(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw new StatusWijzigingGeweigerdException("Vul bij '" + veld + "' een geldige datum in.");
        }
    }

    private static String reden(String reden) {
        String tekst = reden == null ? "" : reden.strip();
        if (tekst.length() > WerkbakController.MAX_TOELICHTING) {
            throw new StatusWijzigingGeweigerdException(
                    "De reden mag hoogstens " + WerkbakController.MAX_TOELICHTING + " tekens zijn.");
        }
        return tekst;
    }
}
