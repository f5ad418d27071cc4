package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.activemq.ArtemisContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The whole path on the real stack, started the way README command 1 starts it (each app its own JVM):
 * a citizen submits a melding in the portal; the mid-office takes it over Artemis to the legacy-suite
 * adapter; the suite registers exactly one zaak; a clerk moves it in the werkbak; the portal shows every
 * status. With Docker, PostgreSQL and Artemis run in containers; without, embedded in the mid-office.
 */
class StackIT {

    private static final String BSN = "999993653";
    private static final Pattern AANVRAAG_ID = Pattern.compile("/mijn-aanvragen/([0-9a-f-]{36})");
    private static final Pattern REFERENTIE = Pattern.compile("data-testid=\"referentie\"[^>]*>\\s*([A-Z0-9-]+)");
    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");

    private static final List<AutoCloseable> containers = new ArrayList<>();
    private static StackConfig config;
    private static Stack stack;

    @BeforeAll
    static void startStack() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path data = Path.of("target", "stack-it-data").toAbsolutePath();
        verwijder(data);
        config = new StackConfig(root, data, vrijePoort(), vrijePoort(), vrijePoort(), "", infrastructuur());
        stack = new Stack(config, System.out);
        long start = System.nanoTime();
        stack.start(Duration.ofMinutes(4));
        System.out.printf("[StackIT] stack ready in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> infrastructuur() {
        if (!dockerAvailable()) {
            System.out.println("[StackIT] infrastructure: embedded PostgreSQL + embedded Artemis (no Docker engine)");
            return List.of();
        }
        System.out.println("[StackIT] infrastructure: Testcontainers PostgreSQL + Artemis");
        var postgres = new PostgreSQLContainer("postgres:16-alpine");
        var artemis = new ArtemisContainer("apache/activemq-artemis:2.43.0-alpine");
        postgres.start();
        artemis.start();
        containers.add(postgres);
        containers.add(artemis);
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + postgres.getUsername(),
                "--spring.datasource.password=" + postgres.getPassword(),
                "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=" + artemis.getBrokerUrl(),
                "--spring.artemis.user=" + artemis.getUser(), "--spring.artemis.password=" + artemis.getPassword());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            long start = System.nanoTime();
            List<Process> processen = stack.processen();
            stack.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("[StackIT] stack stopped in %d ms%n", millis);
            assertThat(processen).noneMatch(Process::isAlive);
            assertThat(processen).as("every app exits on SIGTERM, none had to be killed")
                    .allMatch(p -> p.exitValue() == 0 || p.exitValue() == 143);
        }
        for (AutoCloseable c : containers) {
            c.close();
        }
    }

    @Test
    void aMeldingTravelsFromThePortalToTheWerkbakAndItsStatusComesBack() throws Exception {
        Browser burger = new Browser("http://localhost:" + config.portalPort());
        Browser klerk = new Browser("http://localhost:" + config.simulatorPort());
        Simulator simulator = new Simulator("http://localhost:" + config.simulatorPort());

        var login = burger.verstuur("/inloggen", "/inloggen", Map.of("bsn", BSN));
        assertThat(login.statusCode()).isEqualTo(302);

        var ingediend = burger.verstuur("/producten/melding-openbare-ruimte", "/producten/melding-openbare-ruimte",
                Map.of("gemeente", "9002", "categorie", "straatverlichting",
                        "omschrijving", "Lantaarnpaal bij de speeltuin brandt niet",
                        "postcode", "1234 ab", "huisnummer", "12",
                        "idempotencyKey", java.util.UUID.randomUUID().toString()));
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(303);
        String locatie = ingediend.headers().firstValue("Location").orElseThrow();
        String aanvraagId = Browser.vind(AANVRAAG_ID, locatie);
        String referentie = Browser.vind(REFERENTIE, burger.get("/mijn-aanvragen/" + aanvraagId + "?bevestiging=true").body());

        var zaak = await().atMost(Duration.ofSeconds(60)).until(() -> simulator.zakenVoor(aanvraagId), z -> !z.isEmpty());
        assertThat(zaak).as("the legacy suite holds exactly one zaak for the aanvraag").hasSize(1);
        assertThat(zaak.get(0)).containsEntry("zaakIdentificatie", referentie)
                .containsEntry("gemeente", "9002")
                .containsEntry("zaaktype", "melding-openbare-ruimte")
                .containsEntry("toelichting", "Lantaarnpaal bij de speeltuin brandt niet")
                .containsEntry("initiatorBsn", BSN);
        assertThat((String) zaak.get(0).get("omschrijving")).contains("straatverlichting");

        wachtOpStatus(burger, aanvraagId, "GEREGISTREERD");

        var inBehandeling = klerk.verstuur("/werkbak", "/werkbak/zaken/" + referentie + "/status",
                Map.of("status", "IN_BEHANDELING", "toelichting", ""));
        assertThat(inBehandeling.statusCode()).isEqualTo(303);
        wachtOpStatus(burger, aanvraagId, "IN_BEHANDELING");

        klerk.verstuur("/werkbak", "/werkbak/zaken/" + referentie + "/status",
                Map.of("status", "AFGEWEZEN", "toelichting", "Deze lantaarnpaal is van de provincie"));
        String pagina = wachtOpStatus(burger, aanvraagId, "AFGEWEZEN");
        assertThat(pagina).contains("Deze lantaarnpaal is van de provincie");

        assertThat(simulator.zakenVoor(aanvraagId)).as("still exactly one zaak").hasSize(1);
        assertThat(burger.get("/mijn-aanvragen").body()).contains(referentie);
    }

    private static String wachtOpStatus(Browser burger, String aanvraagId, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> burger.get("/mijn-aanvragen/" + aanvraagId).body(),
                        pagina -> status.equals(Browser.vind(STATUS, pagina)));
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void verwijder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paden = Files.walk(dir)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
