package nl.midoffice.midoffice.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

class MetriekenTokenTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void theConfiguredTokenOpensTheMetrics() {
        var principal = new MetriekenToken(new MetriekenProperties(TOKEN)).introspect(TOKEN);

        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_METRIEKEN");
    }

    @Test
    void anyOtherTokenIsRefused() {
        var token = new MetriekenToken(new MetriekenProperties(TOKEN));

        assertThatThrownBy(() -> token.introspect(TOKEN + "x")).isInstanceOf(BadOpaqueTokenException.class);
        assertThatThrownBy(() -> token.introspect("")).isInstanceOf(BadOpaqueTokenException.class);
    }

    @Test
    void withoutAConfiguredTokenEveryTokenIsRefused() {
        var token = new MetriekenToken(new MetriekenProperties(" "));

        assertThatThrownBy(() -> token.introspect(TOKEN)).isInstanceOf(BadOpaqueTokenException.class);
        assertThatThrownBy(() -> token.introspect("")).isInstanceOf(BadOpaqueTokenException.class);
    }

    @Test
    void aShortTokenIsNotAccepted() {
        assertThatThrownBy(() -> new MetriekenProperties("kort")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32");
    }
}
