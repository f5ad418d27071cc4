package nl.midoffice.midoffice.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a login attempt of a blocked account or address away before its password is checked ({@link InlogPogingen}):
 * HTTP Basic gets 429 problem+json with {@code Retry-After}, the console's login form is sent back to its page with
 * the message that it has to wait. Part of the administrator's security chains, not a filter of its own.
 */
public final class InlogRem extends OncePerRequestFilter {

    /** What answers a blocked Basic attempt ({@code Retry-After} is set already): 429 problem+json. */
    public interface Weigering {
        void teVeel(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final InlogPogingen pogingen;
    private final Weigering basic;
    private final String formulier;
    private final String geblokkeerdPagina;

    private InlogRem(InlogPogingen pogingen, Weigering basic, String formulier, String geblokkeerdPagina) {
        this.pogingen = pogingen;
        this.basic = basic;
        this.formulier = formulier;
        this.geblokkeerdPagina = geblokkeerdPagina;
    }

    /** For a chain with HTTP Basic. */
    public static InlogRem basic(InlogPogingen pogingen, Weigering weigering) {
        return new InlogRem(pogingen, weigering, null, null);
    }

    /** For the form login posted to {@code loginPad}; a blocked attempt is redirected to {@code geblokkeerdPagina}. */
    public static InlogRem formulier(InlogPogingen pogingen, String loginPad, String geblokkeerdPagina) {
        return new InlogRem(pogingen, null, loginPad, geblokkeerdPagina);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = formulier != null ? formulierAccount(request) : basicAccount(request);
        Optional<Duration> wacht = account == null ? Optional.empty()
                : pogingen.geblokkeerd(account, request.getRemoteAddr());
        if (wacht.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(TeVeelVerzoeken.seconden(wacht.get())));
        if (formulier != null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + geblokkeerdPagina);
        } else {
            basic.teVeel(request, response);
        }
    }

    private String formulierAccount(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && formulier.equals(request.getServletPath())
                ? request.getParameter("gebruikersnaam") : null;
    }

    /** The user name of an {@code Authorization: Basic} header; null for anything else. */
    static String basicAccount(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String paar = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int dubbelepunt = paar.indexOf(':');
            return dubbelepunt < 0 ? null : paar.substring(0, dubbelepunt);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
