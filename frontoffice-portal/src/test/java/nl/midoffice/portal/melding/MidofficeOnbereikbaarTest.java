package nl.midoffice.portal.melding;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.portal.login.Burger;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mid-office is not running at all: connection refused must still read as a friendly message. */
@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class MidofficeOnbereikbaarTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void nobodyListens(DynamicPropertyRegistry registry) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        registry.add("portal.midoffice.url", () -> "http://127.0.0.1:" + port);
    }

    private static UsernamePasswordAuthenticationToken burger() {
        return UsernamePasswordAuthenticationToken.authenticated(new Burger("999993653", "Jan Pieter de Vries"), null,
                List.of(new SimpleGrantedAuthority("ROLE_BURGER")));
    }

    @Test
    void submitting_keeps_the_input_and_explains_in_dutch() throws Exception {
        mvc.perform(post("/producten/melding-openbare-ruimte").with(authentication(burger())).with(csrf())
                        .param("gemeente", "9002").param("categorie", "afval")
                        .param("omschrijving", "Volle container bij de ingang van het park.")
                        .param("postcode", "4321XY").param("huisnummer", "7")
                        .param("idempotencyKey", "0b7e8f35-3f7c-4a43-8d2e-0d6a6ad0c111"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Het indienen is nu niet gelukt; probeer het later opnieuw."),
                        containsString("Volle container bij de ingang van het park."),
                        containsString("value=\"0b7e8f35-3f7c-4a43-8d2e-0d6a6ad0c111\""))));
    }

    @Test
    void versturen_after_the_summary_keeps_the_input_and_explains_in_dutch() throws Exception {
        mvc.perform(post("/producten/parkeervergunning/versturen").with(authentication(burger())).with(csrf())
                        .param("gemeente", "9001").param("kenteken", "12-abc-3")
                        .param("ingangsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10).toString())
                        .param("idempotencyKey", "0b7e8f35-3f7c-4a43-8d2e-0d6a6ad0c222"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Het indienen is nu niet gelukt; probeer het later opnieuw."),
                        containsString("<h1>Controleer uw gegevens</h1>"),
                        containsString("<dd>12-ABC-3</dd>"),
                        containsString("value=\"0b7e8f35-3f7c-4a43-8d2e-0d6a6ad0c222\""))));
    }

    @Test
    void mijn_aanvragen_shows_a_friendly_unavailable_page() throws Exception {
        mvc.perform(get("/mijn-aanvragen").with(authentication(burger())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Probeer het later opnieuw.")));
    }
}
