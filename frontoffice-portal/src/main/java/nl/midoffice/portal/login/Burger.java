package nl.midoffice.portal.login;

import java.io.Serializable;

/**
 * The logged-in citizen, kept as the principal in the HTTP session. {@link #toString()} hides the
 * BSN because Spring Security and logging frameworks print principals.
 */
public record Burger(String bsn, String naam) implements Serializable {

    @Override
    public String toString() {
        return "Burger[bsn=***]";
    }
}
