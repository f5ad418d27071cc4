package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Step 4 of a request's flow (docs/architecture.md): when the back office stays down longer than the mid-office keeps
 * trying, the message lands in the dead-letter queue with its reason, visible to the administrator, who sends it back
 * once the back office is up again; then the aanvraag is registered, exactly once.
 */
@ExtendWith(StackExtension.class)
@Order(2)
class DeadLetterRetryIT {

    private static final String DLQ = "DLQ.adapter.legacy-suite.zaak-registreren";

    @Test
    void anAanvraagThatGaveUpDuringALongOutageIsRegisteredOnceAfterTheAdministratorRetriesIt(TestStack stack)
            throws Exception {
        MidofficeApi api = stack.api();
        Simulator simulator = stack.simulator();
        MidofficeApi.DeadLetter deadLetter;

        simulator.gedrag("STORING");
        long storing = System.nanoTime();
        try {
            var ingediend = api.dienIn(UUID.randomUUID().toString());
            assertThat(ingediend.status()).as(ingediend.body()).isEqualTo(202);
            String id = ingediend.id();
            // TestStack: the 15th delivery, 37 to 60 s into the outage, gives up
            deadLetter = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> api.deadLetters().stream().filter(d -> id.equals(d.aanvraagId())).findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            System.out.printf("[DeadLetterRetryIT] dead letter %d ms after the outage began: %s%n",
                    TestStack.sinds(storing), deadLetter.reden());
            assertThat(deadLetter.queue()).isEqualTo(DLQ);
            assertThat(deadLetter.herkomst()).isEqualTo("adapter.legacy-suite.zaak-registreren");
            assertThat(deadLetter.reden()).as("the reason is kept").isNotBlank();
            assertThat(deadLetter.inhoud()).as("no BSN in the administrator's view").doesNotContain(MidofficeApi.BSN);
            assertThat(api.status(id)).as("the citizen is told it takes longer").isEqualTo("VERTRAAGD");
        } finally {
            simulator.gedrag("NORMAAL");
        }
        String id = deadLetter.aanvraagId();
        assertThat(simulator.zakenVoor(id)).as("nothing registered during the outage").isEmpty();

        assertThat(api.opnieuw(deadLetter.id())).isEqualTo(202);
        long opnieuw = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.status(id), "GEREGISTREERD"::equals);
        System.out.printf("[DeadLetterRetryIT] GEREGISTREERD %d ms after the retry%n", TestStack.sinds(opnieuw));

        assertThat(simulator.zakenVoor(id)).as("exactly one zaak").hasSize(1);
        assertThat(api.deadLetters()).as("the dead letter is gone").noneMatch(d -> d.id().equals(deadLetter.id()));
    }
}
