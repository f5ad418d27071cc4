package nl.midoffice.portal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import nl.midoffice.portal.login.Burger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Shared set-up of the MVC tests: one application context, one fake mid-office, reset per test. */
@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
public abstract class MvcTestSupport {

    public static final String SECRET = "demo-only-secret-change-me-0123456789abcdef";
    public static final String BSN = "999993653";
    protected static final FakeMidoffice MIDOFFICE = FakeMidoffice.start();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void midoffice(DynamicPropertyRegistry registry) {
        registry.add("portal.midoffice.url", MIDOFFICE::url);
    }

    @BeforeEach
    void resetMidoffice() {
        MIDOFFICE.reset();
    }

    private static final Pattern VERBORGEN_VELD =
            Pattern.compile("<input type=\"hidden\"[^>]*? name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"");

    /**
     * Adds the hidden fields of a rendered page to the next request, as a browser submitting that page's form
     * would; the CSRF token is left out, tests add their own with {@code csrf()}.
     */
    protected static MockHttpServletRequestBuilder metVerborgenVelden(String html, MockHttpServletRequestBuilder verzoek) {
        Matcher veld = VERBORGEN_VELD.matcher(html);
        while (veld.find()) {
            if (!"_csrf".equals(veld.group(1))) {
                verzoek.param(veld.group(1), HtmlUtils.htmlUnescape(veld.group(2)));
            }
        }
        return verzoek;
    }

    /** Logged in as the citizen with this BSN, as the simulated DigiD would leave the session. */
    protected static RequestPostProcessor alsBurger(String bsn) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new Burger(bsn, "Jan Pieter de Vries"), null, List.of(new SimpleGrantedAuthority("ROLE_BURGER"))));
    }
}
