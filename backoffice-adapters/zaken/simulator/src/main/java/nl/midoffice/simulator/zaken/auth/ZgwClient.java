package nl.midoffice.simulator.zaken.auth;

import java.util.Set;

/**
 * The authenticated caller of a request, taken from its ZGW JWT.
 *
 * @param clientId           the {@code client_id} claim
 * @param scopes             the scopes (autorisaties) configured for this client
 * @param userId             the optional {@code user_id} claim (the person behind the application)
 * @param userRepresentation the optional {@code user_representation} claim
 */
public record ZgwClient(String clientId, Set<String> scopes, String userId, String userRepresentation) {

    /** Request attribute under which the filter leaves the caller for the controllers. */
    public static final String ATTRIBUUT = "nl.midoffice.simulator.zaken.auth.ZgwClient";

    public boolean heeft(String scope) {
        return scopes.contains(scope);
    }
}
