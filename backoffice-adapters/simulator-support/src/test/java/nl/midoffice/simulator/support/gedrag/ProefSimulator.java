package nl.midoffice.simulator.support.gedrag;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal simulator around the library: two protocol endpoints under {@code /proto} and {@code /ander},
 * one page outside them, and an error answer in plain text. No component scan, so the control API exists
 * only through the auto-configuration, as in a real simulator.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProefSimulator.Protocol.class)
class ProefSimulator {

    @Bean
    StoringAntwoord storingAntwoord() {
        return new StoringAntwoord() {
            @Override
            public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
                schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "storing " + request.getRequestURI());
            }

            @Override
            public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
                schrijf(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "fout " + request.getRequestURI());
            }

            private void schrijf(HttpServletResponse response, int status, String tekst) throws IOException {
                response.setStatus(status);
                response.setContentType("text/plain");
                response.getOutputStream().write(tekst.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @RestController
    static class Protocol {

        /** Answers with the correlation id the filter put in the MDC, to show it is there during processing. */
        @GetMapping({"/proto/vraag", "/ander/vraag"})
        String vraag() {
            return "antwoord " + MDC.get("correlationId");
        }

        @GetMapping("/pagina")
        String pagina() {
            return "pagina";
        }
    }

    /** The simulator behind MockMvc; one annotation, so the test classes share one application context. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringBootTest(classes = ProefSimulator.class, properties = "simulator.gedrag.paden=/proto/*,/ander/*")
    @AutoConfigureMockMvc
    @interface Test {
    }
}
