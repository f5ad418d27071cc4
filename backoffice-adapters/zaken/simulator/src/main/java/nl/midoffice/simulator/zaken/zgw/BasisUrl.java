package nl.midoffice.simulator.zaken.zgw;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.midoffice.simulator.zaken.SimulatorProperties;

/** Where resource URLs start: configured, or the scheme, host and port the client called. */
@Component
public class BasisUrl {

    private final String geconfigureerd;

    BasisUrl(SimulatorProperties properties) {
        String url = properties.basisUrl() == null ? "" : properties.basisUrl().strip();
        this.geconfigureerd = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * For filters, which run before Spring binds the request to the thread: the configured base URL, or the
     * scheme, host and port this request came in on.
     */
    public String van(jakarta.servlet.http.HttpServletRequest request) {
        if (!geconfigureerd.isEmpty()) {
            return geconfigureerd;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    /** Only within a request (or with a configured base URL). */
    public String huidig() {
        if (!geconfigureerd.isEmpty()) {
            return geconfigureerd;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
