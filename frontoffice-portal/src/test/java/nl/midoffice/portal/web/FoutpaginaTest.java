package nl.midoffice.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are rendered by the servlet container's error dispatch, which MockMvc does not
 * perform; so these run against a real server.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoutpaginaTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_unknown_product_is_a_dutch_404_page_with_the_layout_and_headers() throws Exception {
        HttpResponse<String> antwoord = get("/producten/paspoort");

        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertThat(antwoord.body()).contains("<html lang=\"nl\"", "Pagina niet gevonden", "/css/portal.css");
        assertThat(antwoord.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void a_post_without_csrf_token_is_a_dutch_403_page_without_internals() throws Exception {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("bsn=999993653")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.body()).contains("Uw sessie is misschien verlopen").doesNotContain("999993653", "Exception");
    }
}
