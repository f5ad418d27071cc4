package nl.midoffice.portal.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityConfigTest extends MvcTestSupport {

    @Test
    void pages_carry_the_security_headers() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void the_home_page_is_public_dutch_script_free_and_lists_all_products() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"nl\" class=\"thema-lindeveen\" data-gemeente=\"9001\">"),
                        containsString("href=\"/producten/melding-openbare-ruimte\""),
                        containsString("href=\"/producten/verhuizing\""),
                        containsString("href=\"/producten/parkeervergunning\""),
                        containsString("href=\"/css/portal.css\""),
                        not(containsString("<script")),
                        not(containsString("style=")),
                        not(containsString(" onclick=")))));
    }

    @Test
    void every_digital_product_and_its_later_steps_need_a_login() throws Exception {
        assertThat(SecurityConfig.digitaleProducten()).containsExactlyInAnyOrder("/producten/melding-openbare-ruimte/**",
                "/producten/verhuizing/**", "/producten/parkeervergunning/**");
        for (String pad : List.of("/producten/melding-openbare-ruimte", "/producten/verhuizing",
                "/producten/parkeervergunning", "/producten/verhuizing/versturen")) {
            mvc.perform(get(pad)).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        }
    }

    @Test
    void the_home_page_no_longer_calls_any_product_coming_soon() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("Binnenkort digitaal beschikbaar."))));
    }

    @Test
    void static_assets_are_public() throws Exception {
        mvc.perform(get("/css/portal.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(":focus-visible")));
    }

    @Test
    void health_is_public_and_the_rest_of_actuator_is_closed() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/env").with(alsBurger(BSN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/beans"))
                .andExpect(status().is3xxRedirection());
    }
}
