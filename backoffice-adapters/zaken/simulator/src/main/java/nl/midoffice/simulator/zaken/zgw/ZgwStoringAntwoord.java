package nl.midoffice.simulator.zaken.zgw;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/**
 * A simulated outage or technical error on the ZGW APIs (see {@code simulator.gedrag.paden}) answers with a
 * ZGW {@link Fout}, before authentication: as a load balancer in front of a dead ZRC would.
 */
@Component
class ZgwStoringAntwoord implements StoringAntwoord {

    private final FoutSchrijver fouten;

    ZgwStoringAntwoord(FoutSchrijver fouten) {
        this.fouten = fouten;
    }

    @Override
    public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        fouten.schrijf(request, response, new ZgwFout(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                "service_unavailable", "Zaaksysteem niet beschikbaar.", "Storing (gesimuleerd)", null));
    }

    @Override
    public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        fouten.schrijf(request, response, new ZgwFout(HttpStatus.INTERNAL_SERVER_ERROR, "APIException", "error",
                "Er is een serverfout opgetreden.", "Technische fout in het zaaksysteem (gesimuleerd, foutkans)", null));
    }
}
