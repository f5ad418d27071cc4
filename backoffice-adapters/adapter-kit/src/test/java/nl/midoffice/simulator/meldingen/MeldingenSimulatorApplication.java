package nl.midoffice.simulator.meldingen;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/** A simulated meldingen system: REST/JSON on /api/v1/meldingen, failure modes, the control API. */
@SpringBootApplication
public class MeldingenSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeldingenSimulatorApplication.class, args);
    }

    /** How the system answers while it is down (STORING: 503) or fails (foutkans: 500), in its own format. */
    @Bean
    StoringAntwoord meldingenStoringAntwoord() {
        return new StoringAntwoord() {
            @Override
            public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
                schrijf(response, 503, "Meldingensysteem niet beschikbaar");
            }

            @Override
            public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
                schrijf(response, 500, "Interne fout in het meldingensysteem");
            }
        };
    }

    private static void schrijf(HttpServletResponse response, int status, String titel) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + titel + "\"}");
    }
}
