package nl.midoffice.adapterkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

import jakarta.jms.ConnectionFactory;

/**
 * One running adapter with everything around it: the system's simulator on a random port, and the adapter's
 * Spring Boot auto-configuration in a context of its own with an embedded Artemis set up like the mid-office's.
 * Test classes whose {@link AdapterOnderTest#sleutel()} agree share one (see {@link AdapterOmgevingExtensie}); it
 * is closed at the end of the test run.
 */
public final class AdapterOmgeving implements AutoCloseable {

    /** The profile under which the project's simulators run with their published demo settings. */
    static final String DEMO_PROFIEL = "demo";

    private final ConfigurableApplicationContext simulatorContext;
    private final ConfigurableApplicationContext adapterContext;
    private final SimulatorBesturing simulator;
    private final Berichten berichten;
    private final int adapterPoort;

    private AdapterOmgeving(ConfigurableApplicationContext simulatorContext,
            ConfigurableApplicationContext adapterContext, SimulatorBesturing simulator, Berichten berichten,
            int adapterPoort) {
        this.simulatorContext = simulatorContext;
        this.adapterContext = adapterContext;
        this.simulator = simulator;
        this.berichten = berichten;
        this.adapterPoort = adapterPoort;
    }

    /** Starts the simulator, then the adapter pointed at it. */
    public static AdapterOmgeving start(AdapterOnderTest adapter) {
        if (adapter.simulator() == null) {
            throw new IllegalArgumentException("AdapterOnderTest.simulator(...) is not set for " + adapter.systeem());
        }
        // the kit counts queues and dead letters inside its broker, so it always embeds one; say so, whatever the
        // stack tests' switch (stack.infra) chose for the rest of the run
        System.out.println("[adapter-kit] " + adapter.systeem() + ": embedded Artemis with docker/broker.xml's "
                + "settings (delays 0.5-5 s), the simulator in-process" + (System.getProperty("stack.infra") == null
                        ? "" : " (stack.infra=" + System.getProperty("stack.infra") + " applies to the stack tests)"));
        int adapterPoort = adapter.webserver() ? vrijePoort() : -1;
        Map<String, String> poorten = new LinkedHashMap<>(Map.of("{adapterPoort}", String.valueOf(adapterPoort)));

        Map<String, String> simulatorInstellingen = new LinkedHashMap<>();
        simulatorInstellingen.put("server.port", "0");
        simulatorInstellingen.put("spring.main.banner-mode", "off");
        simulatorInstellingen.put("spring.jmx.enabled", "false");
        simulatorInstellingen.put("spring.autoconfigure.exclude", String.join(",",
                autoConfiguraties(AdapterOmgeving::nietVoorDeSimulator)));
        simulatorInstellingen.putAll(vervangen(adapter.simulatorEigenschappen(), poorten));
        // the simulator's demo profile: its control API without a key (DEMO_PROFIEL)
        var simulatorContext = new SpringApplicationBuilder(adapter.simulator()).profiles(DEMO_PROFIEL)
                .run(argumenten(simulatorInstellingen));
        try {
            String simulatorPoort = simulatorContext.getEnvironment().getProperty("local.server.port");
            poorten.put("{simulatorPoort}", simulatorPoort);
            var adapterContext = adapterContext(adapter, poorten);
            var berichten = new Berichten(adapterContext.getBean(ConnectionFactory.class),
                    adapterContext.getBean(CamelContext.class).createProducerTemplate(),
                    adapterContext.getBean(EmbeddedActiveMQ.class).getActiveMQServer());
            return new AdapterOmgeving(simulatorContext, adapterContext,
                    new SimulatorBesturing("http://localhost:" + simulatorPoort), berichten, adapterPoort);
        } catch (RuntimeException e) {
            simulatorContext.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext adapterContext(AdapterOnderTest adapter, Map<String, String> poorten) {
        String voorvoegsel = "midoffice.adapters." + adapter.systeem() + ".";
        Map<String, String> instellingen = new LinkedHashMap<>();
        // no application.properties of a simulator on the classpath: only what the kit and the test say
        instellingen.put("spring.config.name", "adapter-kit");
        instellingen.put("spring.main.banner-mode", "off");
        instellingen.put("spring.jmx.enabled", "false");
        instellingen.put("spring.application.name", "adapter-kit");
        instellingen.put("spring.autoconfigure.exclude", String.join(",",
                autoConfiguraties(AdapterOmgeving::nietVoorDeAdapter)));
        instellingen.put("spring.artemis.mode", "embedded");
        instellingen.put("spring.artemis.embedded.enabled", "true");
        instellingen.put("spring.artemis.embedded.persistent", "false");
        // docker/broker.xml's settings (broker-support) with shorter delays, so that an outage in a test lasts seconds
        instellingen.put("midoffice.broker.redelivery-delay", "500ms");
        instellingen.put("midoffice.broker.max-redelivery-delay", "5s");
        instellingen.put("spring.jms.cache.enabled", "true");
        instellingen.put("camel.component.jms.error-handler-log-stack-trace", "false");
        // as the mid-office's application.yaml: one consumer per queue while idle, more under load
        instellingen.put("camel.component.jms.idle-receives-per-task-limit", "10");
        instellingen.put("camel.dataformat.jackson.module-class-names",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
        instellingen.put("camel.dataformat.jackson.disable-features", "WRITE_DATES_AS_TIMESTAMPS");
        instellingen.put("camel.springboot.main-run-controller", "false");
        instellingen.put("logging.level.org.apache.activemq.audit", "WARN");
        instellingen.put("logging.level.org.apache.activemq.artemis.core.server", "WARN");
        instellingen.put(voorvoegsel + "enabled", "true");
        instellingen.put(voorvoegsel + "url", "http://localhost:{simulatorPoort}");
        instellingen.put(voorvoegsel + "timeout", adapter.timeout().toMillis() + "ms");
        if (adapter.webserver()) {
            instellingen.put("server.port", "{adapterPoort}");
        }
        instellingen.putAll(adapter.adapterEigenschappen());
        return new SpringApplicationBuilder(AdapterKitApplicatie.class)
                .web(adapter.webserver() ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(argumenten(vervangen(instellingen, poorten)));
    }

    public SimulatorBesturing simulator() {
        return simulator;
    }

    public Berichten berichten() {
        return berichten;
    }

    /** The adapter's Spring context, e.g. to look up a bean in a test of one's own. */
    public ConfigurableApplicationContext adapterContext() {
        return adapterContext;
    }

    public ConfigurableApplicationContext simulatorContext() {
        return simulatorContext;
    }

    /** The port of the adapter's web server ({@link AdapterOnderTest#metWebserver()}), else -1. */
    public int adapterPoort() {
        return adapterPoort;
    }

    @Override
    public void close() {
        berichten.close();
        adapterContext.close();
        simulatorContext.close();
    }

    /** The simulator is a plain web app: no Camel, no broker, no adapter, nothing of the mid-office. */
    private static boolean nietVoorDeSimulator(String autoConfiguratie) {
        return autoConfiguratie.startsWith("org.apache.camel.")
                || autoConfiguratie.startsWith("org.springframework.boot.artemis.")
                || autoConfiguratie.startsWith("org.springframework.boot.jms.")
                || autoConfiguratie.startsWith("nl.midoffice.") && !autoConfiguratie.startsWith("nl.midoffice.simulator.");
    }

    /**
     * The adapter gets nothing of the simulator (its failure modes) and no Spring Security: in the mid-office its
     * own security lets the callback paths through, and a callback checks its own credential.
     */
    private static boolean nietVoorDeAdapter(String autoConfiguratie) {
        return autoConfiguratie.startsWith("nl.midoffice.simulator.")
                || autoConfiguratie.startsWith("org.springframework.boot.security.");
    }

    private static List<String> autoConfiguraties(Predicate<String> welke) {
        List<String> gekozen = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, AdapterOmgeving.class.getClassLoader())
                .forEach(naam -> {
                    if (welke.test(naam)) {
                        gekozen.add(naam);
                    }
                });
        return gekozen;
    }

    private static Map<String, String> vervangen(Map<String, String> instellingen, Map<String, String> poorten) {
        Map<String, String> vervangen = new LinkedHashMap<>();
        instellingen.forEach((naam, waarde) -> {
            String w = waarde;
            for (var poort : poorten.entrySet()) {
                w = w.replace(poort.getKey(), poort.getValue());
            }
            vervangen.put(naam, w);
        });
        return vervangen;
    }

    /** As command-line arguments: they win over an application.properties the simulator brings along. */
    private static String[] argumenten(Map<String, String> instellingen) {
        return instellingen.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
