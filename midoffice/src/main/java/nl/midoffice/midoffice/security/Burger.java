package nl.midoffice.midoffice.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.midoffice.contracts.Bsn;

/**
 * The citizen on whose behalf a call is made: the token's {@code bsn} claim, trusted only from a client
 * registered as a front office (authority {@value ApiSecurityConfiguration#FRONTOFFICE}).
 */
public record Burger(String bsn, String clientId) {

    public static Burger uit(JwtAuthenticationToken authentication) {
        if (authentication == null || authentication.getAuthorities().stream()
                .noneMatch(a -> ApiSecurityConfiguration.FRONTOFFICE.equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only a front office may act on behalf of a citizen");
        }
        String bsn = authentication.getToken().getClaimAsString("bsn");
        if (!Bsn.isGeldig(bsn)) {
            throw new AccessDeniedException("The token names no valid citizen");
        }
        return new Burger(bsn, authentication.getName());
    }

    @Override
    public String toString() {
        return "Burger[clientId=" + clientId + "]";
    }
}
