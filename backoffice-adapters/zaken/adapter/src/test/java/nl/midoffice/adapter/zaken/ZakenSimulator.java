package nl.midoffice.adapter.zaken;

import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.midoffice.simulator.zaken.ZakenSimulatorApplication;

/**
 * The real zaken simulator, started in this JVM on a free port, as the demo runs it. Camel, JMS, Artemis and
 * our adapters are on the test classpath too; its context leaves them out, as its own application would.
 */
final class ZakenSimulator {

    private static ConfigurableApplicationContext context;

    private ZakenSimulator() {
    }

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            String nietVanDeSimulator = ImportCandidates.load(AutoConfiguration.class,
                    ZakenSimulator.class.getClassLoader()).getCandidates().stream()
                    .filter(naam -> naam.startsWith("org.apache.camel.") || naam.startsWith("nl.midoffice.camel.")
                            || naam.startsWith("nl.midoffice.adapter.")
                            || naam.startsWith("org.springframework.boot.artemis.")
                            || naam.startsWith("org.springframework.boot.jms."))
                    .collect(Collectors.joining(","));
            // as arguments: they must win over the simulator's own application.properties (server.port=8093)
            context = new SpringApplicationBuilder(ZakenSimulatorApplication.class)
                    // the demo profile: its control API without a key; the client secret is this test's own
                    .profiles("demo")
                    .run("--server.port=0", "--spring.autoconfigure.exclude=" + nietVanDeSimulator,
                            "--spring.main.banner-mode=off",
                            "--simulator.clients.midoffice.secret=" + Zaaksysteem.SECRET,
                            "--simulator.gedrag.paden=/zaken/api/*,/catalogi/api/*",
                            "--simulator.gedrag.volgorde=-2147483628");
        }
        return context;
    }

    static String url() {
        return "http://localhost:" + ((WebServerApplicationContext) context()).getWebServer().getPort();
    }

    static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
