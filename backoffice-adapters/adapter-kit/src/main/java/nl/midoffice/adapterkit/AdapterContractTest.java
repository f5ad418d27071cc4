package nl.midoffice.adapterkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.apache.camel.CamelContext;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.Model;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SendDefinition;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;

/**
 * The contract every back-office adapter fulfils, as tests. An adapter module adds one small subclass per command
 * it handles, naming the adapter and building a command its system accepts and one it refuses:
 *
 * <pre>{@code
 * class BrpPersoonOpvragenContractIT extends AdapterContractTest {
 *
 *     protected AdapterOnderTest adapter() {
 *         return AdapterOnderTest.voor(Systemen.BRP, Capability.PERSOONSGEGEVENS)
 *                 .simulator(BrpSimulatorApplication.class);
 *     }
 *
 *     protected Object opdracht(Kenmerken k) {        // a person the BRP knows
 *         return new PersoonOpvragen(k.messageId(), k.correlationId(), k.aanvraagId(), "9001", "999993653",
 *                 "verhuizing", k.schaduw(), Instant.now());
 *     }
 *
 *     protected Object geweigerdeOpdracht(Kenmerken k) { // a valid BSN the BRP does not know
 *         return new PersoonOpvragen(k.messageId(), k.correlationId(), k.aanvraagId(), "9001", "999990019",
 *                 "verhuizing", k.schaduw(), Instant.now());
 *     }
 * }
 * }</pre>
 *
 * The kit starts the simulator in-process on a random port, the adapter's auto-configuration with camel-support
 * in a context of its own with an embedded Artemis set up like the mid-office's, and stands in for the mid-office
 * on the queues. It sets {@code midoffice.adapters.<systeem>.url} and {@code .timeout}; more settings (credentials,
 * a callback URL) go through {@link AdapterOnderTest#adapterEigenschap}. The commands go to
 * {@code Queues.opdrachtenVoor(capability, systeem)}; results are read from {@code Queues.BACKOFFICE_RESULTATEN},
 * or {@code Queues.PERSOONSGEGEVENS_RESULTATEN} for {@link Capability#PERSOONSGEGEVENS}.
 *
 * <p>What the contract checks, one test each:
 * <ol>
 * <li>exactly once: a command delivered twice with the same messageId, and a command redelivered after a failure,
 * reach the system once (counted in the simulator's {@code /simulator/ontvangen} by aanvraag id) and give the
 * expected result. For a command that changes the system the failure is a late answer: the system did the work
 * after the adapter gave up, so the redelivery must be recognised by the system's natural key. For a question
 * (person lookup) it is a technical error, and a duplicate must not ask twice (dedupe on messageId);</li>
 * <li>a functional refusal becomes a status: AFGEWEZEN with a reason, or {@code gevonden=false}; nothing is
 * dead-lettered;</li>
 * <li>the correlation id reaches the system and comes back in the result's body and JMS property, with the aanvraag
 * id as JMS property, the adapter's {@code systeem} and, for BackofficeResultaat, the capability;</li>
 * <li>with the system in STORING the aanvraag reads VERTRAAGD; after NORMAAL the expected result arrives exactly
 * once and nothing is dead-lettered;</li>
 * <li>{@code schaduw} is copied from command to result;</li>
 * <li>a question with a JMS reply-to gets its answer as the reply (questions only; skipped for commands);</li>
 * <li>every call to the system is an endpoint of the route ({@code to}/{@code toD} of an HTTP or SOAP component) inside
 * Camel's {@code circuitBreaker()}, so route diagrams, message history, the trace and the breaker's metrics see it:
 * checked on the route model of every route that consumes the command queue.</li>
 * </ol>
 * A subclass can add tests of its own with {@link #stuur}, {@link #wachtOp}, {@link #omgeving()}.
 */
@ExtendWith(AdapterOmgevingExtensie.class)
public abstract class AdapterContractTest {

    AdapterOmgeving omgeving;

    /** Which adapter, which command, which simulator. */
    protected abstract AdapterOnderTest adapter();

    /** A command (a {@code contracts} record) the system accepts, built from these ids. */
    protected abstract Object opdracht(Kenmerken kenmerken);

    /** A command the system refuses on its content (or, for a person lookup, a person it does not know). */
    protected abstract Object geweigerdeOpdracht(Kenmerken kenmerken);

    /**
     * The status an accepted command yields: GEREGISTREERD for zaakregistratie, IN_BEHANDELING for vergunningen
     * (the decision comes later). Not used for person lookups, where the expected result is {@code gevonden=true}.
     */
    protected AanvraagStatus verwachteStatus() {
        return adapter().capability() == Capability.VERGUNNINGEN ? AanvraagStatus.IN_BEHANDELING
                : AanvraagStatus.GEREGISTREERD;
    }

    @BeforeEach
    @AfterEach
    void systeemWerktNormaal() {
        omgeving.simulator().normaal();
    }

    @Test
    @DisplayName("1a. the same command delivered twice reaches the system once")
    void eenDubbelAfgeleverdeOpdrachtBereiktHetSysteemEenKeer() {
        var k = Kenmerken.nieuw();
        var opdracht = opdracht(k);

        stuur(opdracht, k);
        stuur(opdracht, k);

        wachtOp(k, verwacht(), this::isVerwacht);
        wachtTotVerwerkt();
        assertThat(ontvangenDoorSysteem(k)).as("records of the aanvraag in the system (GET %s)", adapter().ontvangenPad()).hasSize(1);
    }

    @Test
    @DisplayName("1b. a command redelivered after a failure reaches the system once")
    void eenOpdrachtNaEenFoutBereiktHetSysteemEenKeer() {
        var k = Kenmerken.nieuw();
        if (adapter().isVraag()) {
            omgeving.simulator().altijdFout();
        } else {
            omgeving.simulator().traag(adapter().timeout().multipliedBy(3));
        }

        stuur(opdracht(k), k);

        wachtOp(k, "VERTRAAGD report", OntvangenBericht::isVertraagd);
        if (!adapter().isVraag()) {
            // the system did the work after the adapter had given up: the redelivery must not do it again
            wacht().untilAsserted(() -> assertThat(ontvangenDoorSysteem(k)).isNotEmpty());
        }
        omgeving.simulator().normaal();
        wachtOp(k, verwacht(), this::isVerwacht);
        wachtTotVerwerkt();
        assertThat(ontvangenDoorSysteem(k)).as("records of the aanvraag in the system (GET %s)", adapter().ontvangenPad()).hasSize(1);
        assertThat(resultaten(k, this::isVerwacht)).as("expected results").hasSize(1);
    }

    @Test
    @DisplayName("2. a functional refusal becomes a status, not a retry")
    void eenWeigeringWordtEenStatus() {
        var k = Kenmerken.nieuw();

        stuur(geweigerdeOpdracht(k), k);

        if (adapter().isVraag()) {
            var antwoord = wachtOp(k, "answer", this::isAntwoord);
            assertThat(antwoord.gevonden()).as("gevonden").isFalse();
            assertThat(antwoord.json().path("persoon").isNull() || antwoord.json().path("persoon").isMissingNode())
                    .as("no person in a not-found answer").isTrue();
        } else {
            var afgewezen = wachtOp(k, "AFGEWEZEN result",
                    r -> isAntwoord(r) && AanvraagStatus.AFGEWEZEN.name().equals(r.status()));
            assertThat(afgewezen.reden()).as("a reason the citizen can read").isNotBlank();
        }
        wachtTotVerwerkt();
        assertThat(omgeving.berichten().deadLetters(adapter().queue(), k.aanvraagId())).as("dead letters").isEmpty();
    }

    @Test
    @DisplayName("3. the correlation id travels to the system and back")
    void hetCorrelatieIdGaatMee() {
        var k = Kenmerken.nieuw();

        stuur(opdracht(k), k);

        var resultaat = wachtOp(k, verwacht(), this::isVerwacht);
        assertThat(resultaat.correlationId()).as("correlationId in the result").isEqualTo(k.correlationId());
        assertThat(resultaat.eigenschap(Headers.JMS_CORRELATION_ID)).as(Headers.JMS_CORRELATION_ID)
                .isEqualTo(k.correlationId());
        assertThat(resultaat.eigenschap(Headers.JMS_AANVRAAG_ID)).as(Headers.JMS_AANVRAAG_ID).isEqualTo(k.aanvraagId());
        assertThat(resultaat.systeem()).as("systeem").isEqualTo(adapter().systeem());
        assertThat(resultaat.schaduw()).as("schaduw of a normal call").isFalse();
        if (!adapter().isVraag()) {
            assertThat(resultaat.capability()).as("capability").isEqualTo(adapter().capability().name());
        }
        wacht().untilAsserted(() -> assertThat(ontvangenDoorSysteem(k)).singleElement()
                .satisfies(r -> assertThat(r.path("correlationId").asText(null)).as("correlation id in the system")
                        .isEqualTo(k.correlationId())));
    }

    @Test
    @DisplayName("4. survives its system's STORING: VERTRAAGD, then the result exactly once")
    void overleeftEenStoring() {
        var k = Kenmerken.nieuw();
        omgeving.simulator().storing();

        stuur(opdracht(k), k);

        var vertraagd = wachtOp(k, "VERTRAAGD report", OntvangenBericht::isVertraagd);
        assertThat(vertraagd.systeem()).as("systeem of VERTRAAGD").isEqualTo(adapter().systeem());
        assertThat(vertraagd.capability()).as("capability of VERTRAAGD").isEqualTo(adapter().capability().name());
        omgeving.simulator().normaal();
        wachtOp(k, verwacht(), this::isVerwacht);
        wachtTotVerwerkt();
        assertThat(resultaten(k, this::isVerwacht)).as("expected results").hasSize(1);
        assertThat(ontvangenDoorSysteem(k)).as("records of the aanvraag in the system (GET %s)", adapter().ontvangenPad()).hasSize(1);
        assertThat(omgeving.berichten().deadLetters(adapter().queue(), k.aanvraagId())).as("dead letters").isEmpty();
    }

    @Test
    @DisplayName("5. a shadow call's result says it is one")
    void schaduwWordtMeegegeven() {
        var k = Kenmerken.nieuw().alsSchaduw();

        stuur(opdracht(k), k);

        assertThat(wachtOp(k, verwacht(), this::isVerwacht).schaduw()).as("schaduw").isTrue();
    }

    @Test
    @DisplayName("6. a question with a JMS reply-to gets its answer as the reply")
    void eenVraagMetReplyToKrijgtAntwoord() {
        Assumptions.assumeTrue(adapter().isVraag(), "request-reply is for questions (person lookups) only");
        var k = Kenmerken.nieuw().zonderAanvraag();

        var antwoord = omgeving.berichten().vraag(adapter().queue(), opdracht(k), k, adapter().maximaleWachttijd());

        assertThat(antwoord.gevonden()).as("gevonden").isTrue();
        assertThat(antwoord.correlationId()).as("correlationId").isEqualTo(k.correlationId());
        assertThat(antwoord.aanvraagId()).as("aanvraagId of a prefill lookup").isNull();
    }

    @Test
    @DisplayName("7. every call to the system is an endpoint of the route, inside its circuit breaker")
    void elkeAanroepIsEenEndpointInDeStroomonderbreker() {
        CamelContext camel = omgeving.adapterContext().getBean(CamelContext.class);
        var routes = camel.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions().stream()
                .filter(r -> consumeert(r, adapter().queue())).toList();
        assertThat(routes).as("routes that consume %s", adapter().queue()).isNotEmpty();
        for (RouteDefinition route : routes) {
            List<SendDefinition<?>> aanroepen = new ArrayList<>();
            verzamelAanroepen(camel, route.getOutputs(), aanroepen);
            assertThat(aanroepen).as("calls to the system in route %s: a to/toD of an HTTP or SOAP endpoint (not a "
                    + "ProducerTemplate inside a processor)", route.getRouteId()).isNotEmpty();
            for (var aanroep : aanroepen) {
                assertThat(inStroomonderbreker(aanroep)).as("%s in route %s inside circuitBreaker()", aanroep,
                        route.getRouteId()).isTrue();
            }
        }
    }

    /** The endpoint schemes of a call to a system. */
    private static final Set<String> SYSTEEMSCHEMAS = Set.of("http", "https", "spring-ws", "cxf", "vertx-http",
            "netty-http");

    private static boolean consumeert(RouteDefinition route, String queue) {
        String uri = route.getInput() == null ? "" : route.getInput().getEndpointUri();
        return uri.matches("jms:(queue:)?" + java.util.regex.Pattern.quote(queue) + "(\\?.*)?");
    }

    private static void verzamelAanroepen(CamelContext camel, List<ProcessorDefinition<?>> stappen,
            List<SendDefinition<?>> aanroepen) {
        for (ProcessorDefinition<?> stap : stappen) {
            if (stap instanceof SendDefinition<?> send && SYSTEEMSCHEMAS.contains(schema(camel, send.getEndpointUri()))) {
                aanroepen.add(send);
            }
            if (stap.getOutputs() != null) {
                verzamelAanroepen(camel, stap.getOutputs(), aanroepen);
            }
        }
    }

    private static String schema(CamelContext camel, String uri) {
        String opgelost = uri == null ? "" : camel.resolvePropertyPlaceholders(uri);
        int dubbelepunt = opgelost.indexOf(':');
        return dubbelepunt < 0 ? "" : opgelost.substring(0, dubbelepunt);
    }

    private static boolean inStroomonderbreker(ProcessorDefinition<?> stap) {
        for (ProcessorDefinition<?> ouder = stap.getParent(); ouder != null; ouder = ouder.getParent()) {
            if (ouder instanceof CircuitBreakerDefinition) {
                return true;
            }
        }
        return false;
    }

    // --- for subclasses that add tests of their own ---

    /** The running simulator, broker and adapter. */
    protected AdapterOmgeving omgeving() {
        return omgeving;
    }

    /** Sends a command to the adapter's queue as the mid-office does. */
    protected void stuur(Object opdracht, Kenmerken kenmerken) {
        omgeving.berichten().stuur(adapter().queue(), opdracht, kenmerken);
    }

    /** Waits for the first published message about the aanvraag that matches, and returns it. */
    protected OntvangenBericht wachtOp(Kenmerken kenmerken, Predicate<OntvangenBericht> welk) {
        return wachtOp(kenmerken, "matching message", welk);
    }

    /** As {@link #wachtOp(Kenmerken, Predicate)}; a timeout names what was awaited and lists what did arrive. */
    protected OntvangenBericht wachtOp(Kenmerken kenmerken, String wat, Predicate<OntvangenBericht> welk) {
        try {
            return wacht().until(() -> resultaten(kenmerken, welk), lijst -> !lijst.isEmpty()).get(0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + wat + " within " + adapter().maximaleWachttijd().toSeconds()
                    + " s; received about this aanvraag: " + omgeving.berichten().over(kenmerken.aanvraagId()), e);
        }
    }

    /** Everything published about the aanvraag that matches. */
    protected List<OntvangenBericht> resultaten(Kenmerken kenmerken, Predicate<OntvangenBericht> welk) {
        return omgeving.berichten().over(kenmerken.aanvraagId()).stream().filter(welk).toList();
    }

    /** What the system holds for the aanvraag, per the simulator's {@link AdapterOnderTest#ontvangenPad()}. */
    protected List<JsonNode> ontvangenDoorSysteem(Kenmerken kenmerken) {
        return omgeving.simulator().ontvangen(adapter().ontvangenPad(), kenmerken.aanvraagId());
    }

    /** The adapter's answer (not a VERTRAAGD report) on its result queue. */
    protected boolean isAntwoord(OntvangenBericht bericht) {
        return bericht.queue().equals(adapter().resultatenQueue()) && !bericht.isVertraagd();
    }

    private String verwacht() {
        return adapter().isVraag() ? "answer with gevonden=true" : verwachteStatus() + " result";
    }

    /** The answer an accepted command yields: {@link #verwachteStatus()}, or a person found. */
    protected boolean isVerwacht(OntvangenBericht bericht) {
        if (!isAntwoord(bericht)) {
            return false;
        }
        return adapter().isVraag() ? bericht.gevonden() : verwachteStatus().name().equals(bericht.status());
    }

    /** Until the command queue and the result queues are drained: every delivery done, every result in. */
    protected void wachtTotVerwerkt() {
        wacht().until(() -> omgeving.berichten().verwerkt(adapter().queue()));
    }

    private org.awaitility.core.ConditionFactory wacht() {
        return await().atMost(adapter().maximaleWachttijd()).pollInterval(Duration.ofMillis(100));
    }
}
