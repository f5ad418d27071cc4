package nl.midoffice.portal.login;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExtendWith(OutputCaptureExtension.class)
class LoginFlowTest extends MvcTestSupport {

    @Test
    void login_page_says_plainly_that_it_is_not_digid_and_offers_test_persons() throws Exception {
        mvc.perform(get("/inloggen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gesimuleerde DigiD — alleen voor demonstratie, geen echte DigiD")))
                .andExpect(content().string(containsString("value=\"999995492\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void valid_bsn_logs_in_with_a_new_session_id_and_goes_to_mijn_aanvragen(CapturedOutput log) throws Exception {
        MockHttpSession sessie = (MockHttpSession) mvc.perform(get("/inloggen")).andReturn().getRequest().getSession();
        String oudeSessieId = sessie.getId();

        MvcResult result = mvc.perform(post("/inloggen").session(sessie).with(csrf()).param("bsn", "999993653"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/mijn-aanvragen"))
                .andExpect(authenticated().withAuthenticationPrincipal(new Burger("999993653", "Jan Pieter de Vries")))
                .andReturn();

        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(oudeSessieId);
        assertThat(log.getAll()).doesNotContain("999993653");
    }

    @Test
    void a_typed_bsn_outside_the_list_logs_in_as_an_unnamed_test_person() throws Exception {
        mvc.perform(post("/inloggen").with(csrf()).param("bsn", " 111222333 "))
                .andExpect(status().isFound())
                .andExpect(authenticated().withAuthenticationPrincipal(new Burger("111222333", "Testpersoon")));
    }

    @Test
    void invalid_bsn_stays_on_the_page_with_a_readable_error_linked_to_the_field() throws Exception {
        mvc.perform(post("/inloggen").with(csrf()).param("bsn", "123456789"))
                .andExpect(status().isBadRequest())
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("data-testid=\"foutsamenvatting\"")))
                .andExpect(content().string(containsString("href=\"#bsn\"")))
                .andExpect(content().string(containsString("het voldoet niet aan de elfproef")))
                .andExpect(content().string(containsString("aria-describedby=\"bsn-hint bsn-fout\"")));
    }

    @Test
    void after_login_the_citizen_returns_to_the_page_first_asked_for() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/producten/melding-openbare-ruimte").session(sessie))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/inloggen"));

        mvc.perform(post("/inloggen").session(sessie).with(csrf()).param("bsn", "999995492"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/producten/melding-openbare-ruimte")));
    }

    @Test
    void login_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/inloggen").param("bsn", "999993653"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void logout_ends_the_session() throws Exception {
        MockHttpSession sessie = (MockHttpSession) mvc.perform(post("/inloggen").with(csrf()).param("bsn", "999993653"))
                .andReturn().getRequest().getSession();

        mvc.perform(post("/uitloggen").session(sessie).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lindeveen?uitgelogd"))
                .andExpect(unauthenticated());
        assertThat(sessie.isInvalid()).isTrue();
    }
}
