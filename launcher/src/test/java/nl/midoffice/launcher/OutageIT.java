package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promise (docs/architecture.md) "a 202 is never lost, not when a back office is down": while the legacy suite
 * answers every call with 503, 200 aanvragen are accepted and each one reads VERTRAAGD; once the suite is back, every
 * one is registered, exactly once.
 */
@ExtendWith(StackExtension.class)
@Order(3)
class OutageIT {

    private static final int AANTAL = 200;
    /** Under the ~37 s after which TestStack's settings park a message in the dead-letter queue. */
    private static final Duration MAX_STORING = Duration.ofSeconds(30);

    @Test
    void duringAnOutageEveryAanvraagReadsVertraagdAndAfterwardsEachIsRegisteredExactlyOnce(TestStack stack)
            throws Exception {
        MidofficeApi api = stack.api();
        Simulator simulator = stack.simulator();
        Indieningen indieningen = new Indieningen(api, AANTAL);
        int logStart = stack.logboek().positie();

        simulator.gedrag("STORING");
        long storing = System.nanoTime();
        long storingMs;
        try {
            indieningen.dienIn(4, n -> {
            });
            assertThat(indieningen.mislukt()).as("the intake is up while the back office is down").isEmpty();
            assertThat(indieningen.aantalGeaccepteerd()).isEqualTo(AANTAL);
            long ingediendMs = TestStack.sinds(storing);

            Indieningen.wachtOpStatus(api, indieningen.ids(), "VERTRAAGD", Set.of("ONTVANGEN"), MAX_STORING);
            storingMs = TestStack.sinds(storing);
            System.out.printf("[OutageIT] %d aanvragen accepted in %d ms, all VERTRAAGD after %d ms%n", AANTAL,
                    ingediendMs, storingMs);
            assertThat(api.deadLetters()).as("nothing gave up during a short outage")
                    .noneMatch(d -> indieningen.ids().contains(d.aanvraagId()));
        } finally {
            simulator.gedrag("NORMAAL");
        }

        long herstel = System.nanoTime();
        Indieningen.wachtOpStatus(api, indieningen.ids(), "GEREGISTREERD", Set.of("VERTRAAGD"), Duration.ofSeconds(90));
        long herstelMs = TestStack.sinds(herstel);

        Map<String, Long> zaken = simulator.zakenPerAanvraag();
        assertThat(indieningen.ids()).as("every aanvraag registered exactly once in the legacy suite")
                .allSatisfy(id -> assertThat(zaken.get(id)).as(id).isEqualTo(1L));
        System.out.printf("[OutageIT] outage %d ms; after recovery all %d GEREGISTREERD in %d ms; "
                + "failed deliveries during the outage: %d; repeats the suite answered without registering: %d%n",
                storingMs, AANTAL, herstelMs, stack.logboek().aantalSinds(logStart, "Failed delivery for"),
                simulator.herhalingen(indieningen.ids()));
    }
}
