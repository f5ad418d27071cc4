package nl.midoffice.midoffice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the mid-office's integration tests: the application on a real PostgreSQL and Artemis
 * ({@link TestInfrastructure}). The legacy-suite adapter is off, so tests play the back office on its
 * queues. One shared configuration, so Spring starts the context once for all of them. The demo profile gives
 * the published secrets the tests sign and log in with.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "midoffice.adapters.legacy-suite.enabled=false", "midoffice.adapters.brp.enabled=false",
        "midoffice.adapters.zaken.enabled=false", "midoffice.adapters.vergunningen.enabled=false",
        "midoffice.statuspolling.interval=1h",
        "midoffice.aflevering.redelivery-delay=50ms",
        // the tests submit far more for one citizen than a person would; the limits are tested with their own client
        "midoffice.ratelimit.indienen.per-burger=100000",
        "midoffice.clients." + MidofficeIT.LIMIET_CLIENT + ".secret=" + MidofficeIT.LIMIET_SECRET,
        "midoffice.clients." + MidofficeIT.LIMIET_CLIENT + ".frontoffice=true",
        "midoffice.ratelimit.indienen.per-client." + MidofficeIT.LIMIET_CLIENT + "=3",
        "midoffice.ratelimit.stromen.per-client." + MidofficeIT.LIMIET_CLIENT + "=2"})
@Import(TestInfrastructure.class)
public abstract class MidofficeIT {

    /** A front office of the tests with low rate limits of its own (3 submissions, 2 streams per citizen a minute). */
    protected static final String LIMIET_CLIENT = "limiet-proef";
    protected static final String LIMIET_SECRET = "limiet-proef-geheim-van-ten-minste-32-bytes";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.properties(registry);
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** Every answer to a call of the public API is checked against its OpenAPI document ({@link ApiContract}). */
    protected HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> antwoord = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        ApiContract.controleer(antwoord);
        return antwoord;
    }

    protected URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
