package nl.midoffice.simulator.vergunningen.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** First in line on the API: every answer carries the API-Version header, a simulated outage's 503 too. */
class ApiVersieFilter extends OncePerRequestFilter {

    static final String API_VERSION = "1.0.0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", API_VERSION);
        chain.doFilter(request, response);
    }
}
