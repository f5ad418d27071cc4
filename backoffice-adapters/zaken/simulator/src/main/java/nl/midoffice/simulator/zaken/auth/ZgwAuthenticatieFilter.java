package nl.midoffice.simulator.zaken.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.midoffice.simulator.zaken.zgw.FoutSchrijver;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/** Lets only calls with a valid ZGW JWT and the right scope through to the Zaken API. */
class ZgwAuthenticatieFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ZgwAuthenticatieFilter.class);

    private final TokenControle tokens;
    private final FoutSchrijver fouten;

    ZgwAuthenticatieFilter(TokenControle tokens, FoutSchrijver fouten) {
        this.tokens = tokens;
        this.fouten = fouten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            ZgwClient client = tokens.controleer(request.getHeader("Authorization"),
                    Scopes.nodigVoor(request.getMethod(), request.getRequestURI()));
            request.setAttribute(ZgwClient.ATTRIBUUT, client);
        } catch (ZgwFout fout) {
            LOG.info("{} {} geweigerd: {}", request.getMethod(), request.getRequestURI(), fout.getMessage());
            fouten.schrijf(request, response, fout);
            return;
        }
        chain.doFilter(request, response);
    }
}
