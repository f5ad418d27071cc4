package nl.midoffice.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where the stack's jars are, which ports it uses and where it keeps its data. The defaults are the
 * ports of docs/architecture.md; tests choose free ports and their own data directory.
 *
 * @param extraMidofficePorts further mid-office instances (named {@code midoffice-2}, {@code midoffice-3}, ...) on
 *                            the same database and broker, each on its own port; the back offices call back at the
 *                            first one, the stack's public base URL (no load balancer in front)
 */
public record StackConfig(Path root, Path dataDirectory, int portalPort, int midofficePort, int simulatorPort,
        int brpPort, int zakenPort, int vergunningenPort, String brokerAcceptor, List<String> extraMidofficeArgumenten,
        List<Integer> extraMidofficePorts) {

    public StackConfig {
        extraMidofficeArgumenten = List.copyOf(extraMidofficeArgumenten);
        extraMidofficePorts = List.copyOf(extraMidofficePorts);
    }

    /** One mid-office instance. */
    public StackConfig(Path root, Path dataDirectory, int portalPort, int midofficePort, int simulatorPort,
            int brpPort, int zakenPort, int vergunningenPort, String brokerAcceptor,
            List<String> extraMidofficeArgumenten) {
        this(root, dataDirectory, portalPort, midofficePort, simulatorPort, brpPort, zakenPort, vergunningenPort,
                brokerAcceptor, extraMidofficeArgumenten, List.of());
    }

    /** The names of the apps, as {@link Stack} knows them and prefixes their output. */
    public static final String SIMULATOR = "legacy-suite";
    public static final String MIDOFFICE = "midoffice";
    public static final String PORTAL = "portal";
    public static final String BRP = "brp";
    public static final String ZAKEN = "zaken";
    public static final String VERGUNNINGEN = "vergunningen";

    /**
     * The demo runs every app under the profile "demo": the published demo secrets of the README, the simulators'
     * control APIs without a key. Without it each app refuses to start unless it is given secrets of its own.
     */
    static final String DEMO_PROFIEL = "--spring.profiles.active=demo";

    /** The name of mid-office instance {@code n} (1, 2, ...): the first is {@value #MIDOFFICE}. */
    public static String midoffice(int n) {
        return n == 1 ? MIDOFFICE : MIDOFFICE + "-" + n;
    }

    public static StackConfig standaard(Path root) {
        return new StackConfig(root, root.resolve("data"), 8080, 8081, 8091, 8092, 8093, 8094,
                "tcp://localhost:61616", List.of());
    }

    List<App> apps() {
        String versie = versie();
        App simulator = new App(SIMULATOR, jar(root, "backoffice-adapters/legacy-suite/simulator",
                "legacy-suite-simulator", versie), simulatorPort, "/actuator/health",
                List.of(DEMO_PROFIEL, "--server.port=" + simulatorPort));
        App midoffice = midoffice(1, midofficePort, dataDirectory, simulator, versie);
        App portal = new App(PORTAL, jar(root, "frontoffice-portal", "frontoffice-portal", versie), portalPort,
                "/actuator/health", List.of(DEMO_PROFIEL, "--server.port=" + portalPort,
                        "--portal.midoffice.url=" + midoffice.url()));
        List<App> apps = new ArrayList<>(List.of(simulator, simulator(BRP, "brp", brpPort, versie),
                simulator(ZAKEN, "zaken", zakenPort, versie),
                simulator(VERGUNNINGEN, "vergunningen", vergunningenPort, versie), midoffice));
        for (int i = 0; i < extraMidofficePorts.size(); i++) {
            apps.add(midoffice(i + 2, extraMidofficePorts.get(i), dataDirectory.resolve(midoffice(i + 2)), simulator,
                    versie));
        }
        apps.add(portal);
        return List.copyOf(apps);
    }

    private App midoffice(int n, int port, Path data, App simulator, String versie) {
        List<String> midofficeArgs = new ArrayList<>(List.of(DEMO_PROFIEL,
                "--server.port=" + port,
                "--midoffice.embedded-postgres.data-directory=" + data.resolve("postgres"),
                "--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
                "--midoffice.broker.tcp-acceptor=" + brokerAcceptor,
                "--midoffice.adapters.legacy-suite.url=" + simulator.url(),
                "--midoffice.adapters.brp.url=http://localhost:" + brpPort,
                "--midoffice.adapters.zaken.url=http://localhost:" + zakenPort,
                "--midoffice.adapters.vergunningen.url=http://localhost:" + vergunningenPort,
                // the back offices call back here (with several instances: the load balancer's address)
                "--midoffice.public-base-url=http://localhost:" + midofficePort));
        if (!extraMidofficePorts.isEmpty()) {
            // names that the logs and metrics of several instances tell apart
            midofficeArgs.add("--midoffice.cluster.instantie=" + midoffice(n));
        }
        midofficeArgs.addAll(extraMidofficeArgumenten);
        return new App(midoffice(n), jar(root, "midoffice", "midoffice", versie), port, "/actuator/health/readiness",
                midofficeArgs);
    }

    /** The modern back offices of route 3, each simulated in its own JVM like the legacy suite. */
    private App simulator(String naam, String systeem, int port, String versie) {
        return new App(naam, jar(root, "backoffice-adapters/" + systeem + "/simulator", systeem + "-simulator", versie),
                port, "/actuator/health", List.of(DEMO_PROFIEL, "--server.port=" + port));
    }

    private static Path jar(Path root, String module, String artifact, String versie) {
        return root.resolve(module).resolve("target").resolve(artifact + "-" + versie + "-exec.jar");
    }

    static String versie() {
        try (InputStream in = StackConfig.class.getResourceAsStream("/launcher.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void controleer() {
        for (App app : apps()) {
            if (!Files.isRegularFile(app.jar())) {
                throw new IllegalStateException("Not built yet: " + app.jar()
                        + " — run ./mvnw package -DskipTests from " + root);
            }
        }
    }
}
