package nl.midoffice.midoffice.console;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;

/**
 * The console's one-click switch of a capability's mode, recorded with the logged-in administrator (the same
 * {@link CapabilityModi#wissel} as the administration API). The answer says what happened, so the page can confirm it.
 */
@RestController
@RequestMapping(path = "/beheer/api/gemeenten", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleWisselController {

    private final CapabilityModi modi;

    ConsoleWisselController(CapabilityModi modi) {
        this.modi = modi;
    }

    record ModusWijziging(String modus) {
    }

    /**
     * @param gewijzigd false when the capability already had this mode (then nothing is recorded)
     * @param systeem   the system that now answers; {@code schaduwSysteem} gets a copy in SHADOW
     */
    record Wissel(String gemeente, String naam, String capability, Modus van, Modus naar, boolean gewijzigd,
            String systeem, String schaduwSysteem, String door, Instant tijdstip) {
    }

    @PutMapping(path = "/{gemeente}/capabilities/{capability}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Wissel wissel(@PathVariable String gemeente, @PathVariable String capability,
            @RequestBody(required = false) ModusWijziging wijziging, Principal beheerder) {
        if (!modi.bestaat(gemeente)) {
            throw Problemen.nietGevonden("Deze mid-office bedient geen gemeente met deze code.");
        }
        Capability c = ConsoleOverzichtController.capability(capability);
        Modus naar = wijziging == null || wijziging.modus() == null ? null : Arrays.stream(Modus.values())
                .filter(m -> m.name().equals(wijziging.modus())).findFirst().orElse(null);
        if (naar == null) {
            throw Problemen.ongeldig("modus", "kies LEGACY, SHADOW of NEW.");
        }
        Modus van = modi.modus(gemeente, c);
        CapabilityModi.Stand stand = modi.wissel(gemeente, c, naar, beheerder.getName());
        return new Wissel(gemeente, modi.gemeenten().get(gemeente), c.id(), van, stand.modus(), van != stand.modus(),
                stand.modus() == Modus.NEW ? c.nieuwSysteem() : c.legacySysteem(),
                stand.modus() == Modus.SHADOW ? c.nieuwSysteem() : null, stand.gewijzigdDoor(), stand.gewijzigdOp());
    }
}
