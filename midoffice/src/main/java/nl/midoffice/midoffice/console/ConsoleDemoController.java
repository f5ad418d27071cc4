package nl.midoffice.midoffice.console;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's levers: each simulator's failure mode (through {@link SimulatorProxy}; the browser never calls a
 * simulator) and the rate of the traffic generator.
 */
@RestController
@RequestMapping(path = "/beheer/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleDemoController {

    /** Longest delay the console offers: a minute is far beyond every adapter's timeout. */
    static final long MAX_VERTRAGING_MS = 60_000;

    private final SimulatorProxy simulatoren;
    private final Verkeersgenerator verkeer;

    ConsoleDemoController(SimulatorProxy simulatoren, Verkeersgenerator verkeer) {
        this.simulatoren = simulatoren;
        this.verkeer = verkeer;
    }

    record Simulatoren(List<SimulatorProxy.Antwoord> simulatoren) {
    }

    @GetMapping("/simulatoren")
    Simulatoren simulatoren() {
        return new Simulatoren(simulatoren.alle());
    }

    record GedragWijziging(String modus, Long vertragingMs, Double foutkans) {
    }

    @PutMapping(path = "/simulatoren/{systeem}/gedrag", consumes = MediaType.APPLICATION_JSON_VALUE)
    SimulatorProxy.Antwoord gedrag(@PathVariable String systeem, @RequestBody(required = false) GedragWijziging wijziging,
            Principal beheerder) {
        if (!simulatoren.kent(systeem)) {
            throw Problemen.nietGevonden("Onbekend systeem; kies legacy-suite, brp, zaken of vergunningen.");
        }
        SimulatorProxy.Modus modus = wijziging == null || wijziging.modus() == null ? null
                : Arrays.stream(SimulatorProxy.Modus.values()).filter(m -> m.name().equals(wijziging.modus()))
                        .findFirst().orElse(null);
        if (modus == null) {
            throw Problemen.ongeldig("modus", "kies NORMAAL, STORING of TRAAG.");
        }
        if (wijziging.vertragingMs() != null
                && (wijziging.vertragingMs() < 0 || wijziging.vertragingMs() > MAX_VERTRAGING_MS)) {
            throw Problemen.ongeldig("vertragingMs", "een vertraging van 0 tot " + MAX_VERTRAGING_MS + " ms.");
        }
        if (wijziging.foutkans() != null && !(wijziging.foutkans() >= 0.0 && wijziging.foutkans() <= 1.0)) {
            throw Problemen.ongeldig("foutkans", "een kans van 0.0 tot 1.0.");
        }
        try {
            return simulatoren.zet(systeem, modus, wijziging.vertragingMs(), wijziging.foutkans(), beheerder.getName());
        } catch (SimulatorProxy.SimulatorFout e) {
            throw Problemen.probleem(HttpStatus.BAD_GATEWAY, e.getMessage());
        }
    }

    record VerkeerWijziging(Integer perMinuut) {
    }

    @GetMapping("/verkeer")
    Verkeersgenerator.Stand verkeer() {
        return verkeer.stand();
    }

    @PutMapping(path = "/verkeer", consumes = MediaType.APPLICATION_JSON_VALUE)
    Verkeersgenerator.Stand verkeer(@RequestBody(required = false) VerkeerWijziging wijziging, Principal beheerder) {
        if (wijziging == null || wijziging.perMinuut() == null || wijziging.perMinuut() < 0
                || wijziging.perMinuut() > Verkeersgenerator.MAX_PER_MINUUT) {
            throw Problemen.ongeldig("perMinuut", "een aantal aanvragen per minuut van 0 (uit) tot "
                    + Verkeersgenerator.MAX_PER_MINUUT + ".");
        }
        return verkeer.zet(wijziging.perMinuut(), beheerder.getName());
    }
}
