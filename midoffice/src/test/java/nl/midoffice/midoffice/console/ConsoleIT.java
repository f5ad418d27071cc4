package nl.midoffice.midoffice.console;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.midoffice.midoffice.MidofficeIT;

/**
 * Base of the console's integration tests: the mid-office as {@link MidofficeIT} starts it, with the brp simulator's
 * control API played by a small real HTTP server ({@link SimulatorServer}) and the other three simulators pointed at
 * a closed port, so no test reaches a simulator someone runs on this machine. One configuration for all console
 * tests, so Spring starts this context once.
 */
abstract class ConsoleIT extends MidofficeIT {

    static final String GEEN_SIMULATOR = "http://127.0.0.1:9";
    static final SimulatorServer BRP = SimulatorServer.start();

    @DynamicPropertySource
    static void simulatoren(DynamicPropertyRegistry registry) {
        registry.add("midoffice.adapters.brp.url", BRP::url);
        registry.add("midoffice.adapters.legacy-suite.url", () -> GEEN_SIMULATOR);
        registry.add("midoffice.adapters.zaken.url", () -> GEEN_SIMULATOR);
        registry.add("midoffice.adapters.vergunningen.url", () -> GEEN_SIMULATOR);
    }

    ConsoleSessie sessie() {
        return new ConsoleSessie(http, uri(""));
    }

    ConsoleSessie ingelogd() throws Exception {
        ConsoleSessie sessie = sessie();
        sessie.inloggen("beheerder", "demo");
        return sessie;
    }
}
