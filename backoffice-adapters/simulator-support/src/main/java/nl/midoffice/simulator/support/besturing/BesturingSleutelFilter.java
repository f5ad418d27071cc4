package nl.midoffice.simulator.support.besturing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever reaches the control API can switch a back office to STORING or read what it received: with a key
 * configured only callers who send it get in (401 problem+json otherwise); compared in constant time, on digests so
 * that the length leaks nothing either. Without a key (the demo profile) the control API is open, as the demo needs.
 */
class BesturingSleutelFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Simulator-Sleutel";
    private static final Logger LOG = LoggerFactory.getLogger(BesturingSleutelFilter.class);

    private final byte[] sleutel;

    BesturingSleutelFilter(String sleutel) {
        this.sleutel = sleutel == null || sleutel.isBlank() ? null : digest(sleutel);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String gegeven = request.getHeader(HEADER);
        if (sleutel == null || gegeven != null && MessageDigest.isEqual(sleutel, digest(gegeven))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Control API refused: {} {} {}", request.getMethod(), request.getRequestURI(),
                gegeven == null ? "without a key" : "with a wrong key");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Niet geauthenticeerd\",\"status\":401,"
                + "\"detail\":\"Stuur de sleutel van de besturings-API in de header " + HEADER + ".\"}");
    }

    private static byte[] digest(String waarde) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
