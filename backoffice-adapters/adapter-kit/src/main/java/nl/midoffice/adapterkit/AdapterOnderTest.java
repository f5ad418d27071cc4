package nl.midoffice.adapterkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;

/**
 * What the contract needs to know about an adapter: which system it serves, which command it handles, and how
 * to start that system's simulator. Immutable; every {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * AdapterOnderTest.voor(Systemen.BRP, Capability.PERSOONSGEGEVENS)
 *         .simulator(BrpSimulatorApplication.class)
 * }</pre>
 *
 * By convention the kit sets {@code midoffice.adapters.<systeem>.url} to {@code http://localhost:<simulator port>}
 * and {@code midoffice.adapters.<systeem>.timeout} to {@link #timeout()}; any property can be set or overridden
 * with {@link #adapterEigenschap}. Values may contain {@code {simulatorPoort}} and {@code {adapterPoort}} (the
 * adapter's own web server, see {@link #metWebserver()}), replaced once the ports are known.
 *
 * @param systeem                the system's name ({@code Systemen}): the adapter's properties live under
 *                               {@code midoffice.adapters.<systeem>}
 * @param capability             which command this test sends: its queue is {@code Queues.opdrachtenVoor}
 * @param simulator              the simulator's {@code @SpringBootApplication} class, started in-process
 * @param opdrachtQueue          the command queue, by default the one {@link Queues} names for capability and system
 * @param ontvangenPad           the simulator's record of what it received: {@code /simulator/ontvangen}, or where
 *                               the simulator records this kind of call (a JSON array, or an object holding one,
 *                               of records with {@code aanvraagId} and {@code correlationId})
 * @param adapterEigenschappen   extra settings of the adapter's context
 * @param simulatorEigenschappen extra settings of the simulator's context
 * @param webserver              whether the adapter's context runs a web server (for callbacks: platform-http)
 * @param timeout                the adapter's HTTP timeout in the test; a late answer is made three times as slow
 * @param maximaleWachttijd      how long the contract waits for a result before it fails
 */
public record AdapterOnderTest(String systeem, Capability capability, Class<?> simulator, String opdrachtQueue,
        String ontvangenPad, Map<String, String> adapterEigenschappen, Map<String, String> simulatorEigenschappen,
        boolean webserver, Duration timeout, Duration maximaleWachttijd) {

    public AdapterOnderTest {
        Objects.requireNonNull(systeem, "systeem");
        Objects.requireNonNull(capability, "capability");
        adapterEigenschappen = Map.copyOf(adapterEigenschappen);
        simulatorEigenschappen = Map.copyOf(simulatorEigenschappen);
    }

    /** The adapter of {@code systeem} handling the command of {@code capability}. */
    public static AdapterOnderTest voor(String systeem, Capability capability) {
        return new AdapterOnderTest(systeem, capability, null, null, "/simulator/ontvangen", Map.of(), Map.of(),
                false, Duration.ofSeconds(2), Duration.ofSeconds(90));
    }

    public AdapterOnderTest simulator(Class<?> simulatorApplicatie) {
        return new AdapterOnderTest(systeem, capability, simulatorApplicatie, opdrachtQueue, ontvangenPad,
                adapterEigenschappen, simulatorEigenschappen, webserver, timeout, maximaleWachttijd);
    }

    public AdapterOnderTest opdrachtQueue(String queue) {
        return new AdapterOnderTest(systeem, capability, simulator, queue, ontvangenPad, adapterEigenschappen,
                simulatorEigenschappen, webserver, timeout, maximaleWachttijd);
    }

    public AdapterOnderTest ontvangenPad(String pad) {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, pad, adapterEigenschappen,
                simulatorEigenschappen, webserver, timeout, maximaleWachttijd);
    }

    public AdapterOnderTest adapterEigenschap(String naam, String waarde) {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, ontvangenPad,
                met(adapterEigenschappen, naam, waarde), simulatorEigenschappen, webserver, timeout, maximaleWachttijd);
    }

    public AdapterOnderTest simulatorEigenschap(String naam, String waarde) {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, ontvangenPad, adapterEigenschappen,
                met(simulatorEigenschappen, naam, waarde), webserver, timeout, maximaleWachttijd);
    }

    /** The adapter's context gets a servlet web server on {@code {adapterPoort}}, e.g. for callbacks. */
    public AdapterOnderTest metWebserver() {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, ontvangenPad, adapterEigenschappen,
                simulatorEigenschappen, true, timeout, maximaleWachttijd);
    }

    public AdapterOnderTest timeout(Duration adapterTimeout) {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, ontvangenPad, adapterEigenschappen,
                simulatorEigenschappen, webserver, adapterTimeout, maximaleWachttijd);
    }

    public AdapterOnderTest maximaleWachttijd(Duration wachttijd) {
        return new AdapterOnderTest(systeem, capability, simulator, opdrachtQueue, ontvangenPad, adapterEigenschappen,
                simulatorEigenschappen, webserver, timeout, wachttijd);
    }

    /** The queue the command goes to. */
    public String queue() {
        return opdrachtQueue != null ? opdrachtQueue : Queues.opdrachtenVoor(capability, systeem);
    }

    /** A person lookup answers with PersoonOpgevraagd; everything else reports BackofficeResultaten. */
    public boolean isVraag() {
        return capability == Capability.PERSOONSGEGEVENS;
    }

    public String resultatenQueue() {
        return isVraag() ? Queues.PERSOONSGEGEVENS_RESULTATEN : Queues.BACKOFFICE_RESULTATEN;
    }

    /**
     * What determines the running adapter, broker and simulator: test classes of one module whose adapters agree
     * on it share one environment (the command and where its receipt is recorded do not matter).
     */
    Sleutel sleutel() {
        return new Sleutel(systeem, simulator, adapterEigenschappen, simulatorEigenschappen, webserver, timeout);
    }

    record Sleutel(String systeem, Class<?> simulator, Map<String, String> adapterEigenschappen,
            Map<String, String> simulatorEigenschappen, boolean webserver, Duration timeout) {
    }

    private static Map<String, String> met(Map<String, String> eigenschappen, String naam, String waarde) {
        Map<String, String> kopie = new LinkedHashMap<>(eigenschappen);
        kopie.put(naam, waarde);
        return kopie;
    }
}
