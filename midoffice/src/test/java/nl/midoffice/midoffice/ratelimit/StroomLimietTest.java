package nl.midoffice.midoffice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.midoffice.security.Burger;

/** Live streams: opened per citizen per minute, per client, and open in total; submissions per citizen. */
class StroomLimietTest {

    private static final Burger JAN = new Burger("999993653", "frontoffice-portal");
    private static final Burger PIET = new Burger("999995492", "frontoffice-portal");
    private final RateLimitProperties properties = new RateLimitProperties(
            new RateLimitProperties.Indienen(2, Duration.ofMinutes(1), Map.of("ander-loket", 1)),
            new RateLimitProperties.Inloggen(5, 20, Duration.ofMinutes(1)),
            new RateLimitProperties.Stromen(2, Duration.ofMinutes(1), 10, Map.of()));

    @Test
    void aCitizenOpensOnlySoManyStreamsPerMinute() {
        var limiet = new StroomLimiet(properties);
        limiet.controleer(JAN, 0);
        limiet.controleer(JAN, 1);

        var fout = catchThrowableOfType(TeVeelVerzoeken.class, () -> limiet.controleer(JAN, 2));
        assertThat(fout.getStatusCode().value()).isEqualTo(429);
        assertThat(fout.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(fout.getBody().getDetail()).doesNotContain(JAN.bsn());
        limiet.controleer(PIET, 2);
    }

    @Test
    void aFullInstanceOpensNoMoreStreams() {
        var limiet = new StroomLimiet(properties);

        var fout = catchThrowableOfType(TeVeelVerzoeken.class, () -> limiet.controleer(PIET, 10));
        assertThat(fout.getStatusCode().value()).isEqualTo(503);
        assertThat(fout.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        limiet.controleer(PIET, 9);
    }

    @Test
    void submissionsCountPerCitizenOfEachClientWithAnAllowancePerClient() {
        var limiet = new IndienLimiet(properties);
        limiet.controleer(JAN);
        limiet.controleer(JAN);
        assertThatThrownBy(() -> limiet.controleer(JAN)).isInstanceOf(TeVeelVerzoeken.class)
                .satisfies(e -> assertThat(((TeVeelVerzoeken) e).getStatusCode().value()).isEqualTo(429));
        limiet.controleer(PIET);

        var anderLoket = new Burger(JAN.bsn(), "ander-loket");
        limiet.controleer(anderLoket);
        assertThatThrownBy(() -> limiet.controleer(anderLoket)).isInstanceOf(TeVeelVerzoeken.class);
    }

    @Test
    void theKeyHoldsNoBsn() {
        assertThat(BurgerEmmers.sleutel(JAN)).doesNotContain(JAN.bsn()).hasSize(64);
    }
}
