package nl.midoffice.midoffice.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.security.Burger;

/** Submissions per citizen per minute, per client ({@code midoffice.ratelimit.indienen}); every attempt counts. */
@Component
public class IndienLimiet {

    private static final Logger log = LoggerFactory.getLogger(IndienLimiet.class);

    private final BurgerEmmers perBurger;

    IndienLimiet(RateLimitProperties properties) {
        var indienen = properties.indienen();
        this.perBurger = new BurgerEmmers(indienen.perBurger(), indienen.perClient(), indienen.periode());
    }

    /** @throws TeVeelVerzoeken 429 when this citizen used up the allowance */
    public void controleer(Burger burger) {
        perBurger.neem(burger).ifPresent(wacht -> {
            // the client, never the citizen
            log.warn("Submission refused (429): a citizen of client {} reached the limit", burger.clientId());
            throw new TeVeelVerzoeken(HttpStatus.TOO_MANY_REQUESTS, wacht,
                    "U heeft in korte tijd te veel aanvragen ingediend. Probeer het over enkele ogenblikken opnieuw.");
        });
    }
}
