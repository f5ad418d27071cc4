package nl.midoffice.adapter.meldingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import nl.midoffice.contracts.Headers;

/**
 * The kit's contract is itself tested against known violations: run on an adapter with one defect per
 * contract test, exactly those tests fail, each for the defect it is about.
 */
class HetContractVangtFoutenIT {

    @Test
    void everyContractTestFailsOnTheDefectItIsAbout() {
        Map<String, Throwable> gefaald = new ConcurrentHashMap<>();
        List<String> anders = new CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(KapotteMeldingenContract.class)).build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult uitkomst) {
                        if (uitkomst.getStatus() == TestExecutionResult.Status.FAILED && test.isTest()
                                && test.getSource().orElse(null) instanceof MethodSource methode) {
                            gefaald.put(methode.getMethodName(), uitkomst.getThrowable().orElseThrow());
                        } else if (uitkomst.getStatus() == TestExecutionResult.Status.FAILED) {
                            anders.add(test.getDisplayName() + ": " + uitkomst);
                        }
                    }
                });

        assertThat(anders).as("containers that failed (the environment did not start?)").isEmpty();
        assertThat(gefaald.keySet()).containsExactlyInAnyOrder(
                "eenDubbelAfgeleverdeOpdrachtBereiktHetSysteemEenKeer", "eenOpdrachtNaEenFoutBereiktHetSysteemEenKeer",
                "eenWeigeringWordtEenStatus", "hetCorrelatieIdGaatMee", "overleeftEenStoring",
                "schaduwWordtMeegegeven", "elkeAanroepIsEenEndpointInDeStroomonderbreker");
        assertThat(gefaald.get("eenDubbelAfgeleverdeOpdrachtBereiktHetSysteemEenKeer"))
                .hasMessageContaining("records of the aanvraag in the system").hasMessageContaining("2");
        assertThat(gefaald.get("hetCorrelatieIdGaatMee")).hasMessageContaining(Headers.JMS_CORRELATION_ID);
        assertThat(gefaald.get("schaduwWordtMeegegeven")).hasMessageContaining("schaduw");
        assertThat(gefaald.get("eenWeigeringWordtEenStatus")).hasMessageContaining("AFGEWEZEN");
        assertThat(gefaald.get("overleeftEenStoring")).hasMessageContaining("VERTRAAGD");
        assertThat(gefaald.get("elkeAanroepIsEenEndpointInDeStroomonderbreker"))
                .hasMessageContaining("inside circuitBreaker()");
    }
}
