package nl.midoffice.midoffice.ratelimit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.security.Burger;

/**
 * Live streams: a citizen may open (or reopen) only so many per minute, and the instance holds only so many open at
 * once ({@code midoffice.ratelimit.stromen}); how many one citizen holds at once is
 * {@code midoffice.notificaties.max-stromen-per-burger}.
 */
@Component
public class StroomLimiet {

    /** When the instance is full: about the time a browser waits before it reconnects anyway. */
    static final Duration VOL_WACHT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(StroomLimiet.class);

    private final RateLimitProperties.Stromen instellingen;
    private final BurgerEmmers perBurger;

    StroomLimiet(RateLimitProperties properties) {
        this.instellingen = properties.stromen();
        this.perBurger = new BurgerEmmers(instellingen.perBurger(), instellingen.perClient(), instellingen.periode());
    }

    /**
     * @param open the streams this instance holds open now
     * @throws TeVeelVerzoeken 503 when the instance is full, 429 when this citizen opened too many
     */
    public void controleer(Burger burger, int open) {
        if (open >= instellingen.totaal()) {
            log.warn("Live stream refused (503): {} streams open, the limit of this instance", open);
            throw new TeVeelVerzoeken(HttpStatus.SERVICE_UNAVAILABLE, VOL_WACHT,
                    "Live meekijken is nu niet mogelijk; probeer het later opnieuw.");
        }
        perBurger.neem(burger).ifPresent(wacht -> {
            log.warn("Live stream refused (429): a citizen of client {} opened too many", burger.clientId());
            throw new TeVeelVerzoeken(HttpStatus.TOO_MANY_REQUESTS, wacht,
                    "Te veel verbindingen in korte tijd. Probeer het over enkele ogenblikken opnieuw.");
        });
    }
}
