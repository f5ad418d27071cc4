package nl.midoffice.simulator.vergunningen.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/** The API takes callers with the right {@code X-Api-Key} only; the key is compared in constant time. */
class ApiSleutelFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    private static final Logger LOG = LoggerFactory.getLogger(ApiSleutelFilter.class);

    private final byte[] sleutel;
    private final JsonMapper json;

    ApiSleutelFilter(String sleutel, JsonMapper json) {
        this.sleutel = sleutel.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String gegeven = request.getHeader(HEADER);
        if (gegeven == null || !MessageDigest.isEqual(sleutel, gegeven.getBytes(StandardCharsets.UTF_8))) {
            LOG.info("{} {} geweigerd: {}", request.getMethod(), request.getRequestURI(),
                    gegeven == null ? "geen API-sleutel" : "onjuiste API-sleutel");
            FilterProbleem.schrijf(json, request, response, HttpServletResponse.SC_UNAUTHORIZED, "Niet geauthenticeerd",
                    "Stuur een geldige API-sleutel in de header " + HEADER + ".");
            return;
        }
        chain.doFilter(request, response);
    }
}
