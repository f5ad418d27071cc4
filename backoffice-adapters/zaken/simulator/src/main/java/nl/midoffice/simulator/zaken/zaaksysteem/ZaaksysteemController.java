package nl.midoffice.simulator.zaken.zaaksysteem;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.simulator.support.gedrag.GedragService;
import nl.midoffice.simulator.zaken.catalogus.Catalogus;
import nl.midoffice.simulator.zaken.catalogus.StatusType;
import nl.midoffice.simulator.zaken.notificatie.Notificaties;
import nl.midoffice.simulator.zaken.zaak.ZaakRegister;
import nl.midoffice.simulator.zaken.zaak.ZaakStand;
import nl.midoffice.simulator.zaken.zaak.Zaakregistratie;

/** The page of the simulated zaaksysteem: zaken, roles, notifications, and a clerk's status form. */
@Controller
class ZaaksysteemController {

    static final int MAX_TOELICHTING = 1000;
    /** What a clerk may choose; Ontvangen is set by the client that registers the zaak. */
    static final Map<String, StatusType> KEUZES = Map.of(
            "IN_BEHANDELING", Catalogus.IN_BEHANDELING,
            "AFGEHANDELD", Catalogus.AFGEHANDELD,
            "AFGEWEZEN", Catalogus.AFGEWEZEN);

    private final ZaakRegister register;
    private final Zaakregistratie registratie;
    private final Notificaties notificaties;
    private final GedragService gedrag;
    private final ZoneId zone;

    ZaaksysteemController(ZaakRegister register, Zaakregistratie registratie, Notificaties notificaties,
                          GedragService gedrag, Clock clock) {
        this.register = register;
        this.registratie = registratie;
        this.notificaties = notificaties;
        this.gedrag = gedrag;
        this.zone = clock.getZone();
    }

    @GetMapping("/")
    String pagina(Model model) {
        model.addAttribute("zaken", register.alleNieuwsteEerst().stream().map(z -> ZaakRij.van(z, zone)).toList());
        model.addAttribute("notificaties", notificaties.recenteNieuwsteEerst().stream()
                .map(v -> NotificatieRij.van(v, zone)).toList());
        model.addAttribute("abonnees", notificaties.abonnees());
        model.addAttribute("gedrag", gedrag.huidig());
        return "zaaksysteem";
    }

    @PostMapping("/werkbak/zaken/{uuid}/status")
    RedirectView wijzigStatus(@PathVariable String uuid, @RequestParam(required = false) String status,
                              @RequestParam(required = false) String toelichting, RedirectAttributes redirect) {
        String tekst = toelichting == null ? "" : toelichting.strip();
        Optional<ZaakStand> stand = zaak(uuid);
        StatusType nieuw = KEUZES.get(status);
        if (stand.isEmpty()) {
            redirect.addFlashAttribute("fout", "Deze zaak bestaat niet (meer).");
        } else if (stand.get().isAfgesloten()) {
            redirect.addFlashAttribute("fout", "Zaak " + stand.get().zaak().identificatie() + " is afgesloten; de status kan niet meer wijzigen.");
        } else if (nieuw == null) {
            redirect.addFlashAttribute("fout", "Kies een geldige nieuwe status voor zaak " + stand.get().zaak().identificatie() + ".");
        } else if (nieuw == Catalogus.AFGEWEZEN && tekst.isEmpty()) {
            redirect.addFlashAttribute("fout", "Geef bij afwijzen van zaak " + stand.get().zaak().identificatie()
                    + " een toelichting: de reden wordt aan de inwoner getoond.");
        } else if (tekst.length() > MAX_TOELICHTING) {
            redirect.addFlashAttribute("fout", "De toelichting mag hoogstens " + MAX_TOELICHTING + " tekens zijn.");
        } else {
            registratie.zetStatusDoorMedewerker(stand.get().zaak().uuid(), nieuw, tekst);
            redirect.addFlashAttribute("melding", "Zaak " + stand.get().zaak().identificatie() + " heeft nu de status "
                    + nieuw.omschrijving() + ".");
        }
        RedirectView terug = new RedirectView("/", true);
        terug.setStatusCode(HttpStatus.SEE_OTHER);
        return terug;
    }

    private Optional<ZaakStand> zaak(String uuid) {
        try {
            return register.zoek(UUID.fromString(uuid));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
