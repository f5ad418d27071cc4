package nl.midoffice.portal.web;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.MvcTestSupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
                        containsString("<html lang=\"nl\">"),
                        containsString("href=\"/producten/melding-openbare-ruimte\""),
                        containsString("href=\"/producten/verhuizing\""),
                        containsString("href=\"/producten/parkeervergunning\""),
                        containsString("href=\"/css/portal.css\""),
                        not(containsString("<script")),
                        not(containsString("style=")),
                        not(containsString(" onclick=")))));
    }

    @Test
    void products_not_yet_digital_say_so_honestly() throws Exception {
        mvc.perform(get("/producten/verhuizing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit product is binnenkort digitaal beschikbaar.")));
        mvc.perform(get("/producten/parkeervergunning"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit product is binnenkort digitaal beschikbaar.")));
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
