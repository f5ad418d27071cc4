package nl.midoffice.midoffice.ratelimit;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed logins of the administrator (console form and HTTP Basic), per user name and per client address
 * ({@code midoffice.ratelimit.inloggen}): once either allowance is used up, further attempts wait — also one with the
 * right password — until it comes back, so guessing costs time. A failure is counted from Spring Security's event;
 * {@link InlogRem} turns a blocked attempt away before it is checked. Names and addresses are never logged.
 */
@Component
public class InlogPogingen {

    private static final Logger log = LoggerFactory.getLogger(InlogPogingen.class);
    private static final int MAX_NAAM = 100;

    private final Emmers perAccount;
    private final Emmers perAdres;

    InlogPogingen(RateLimitProperties properties) {
        var inloggen = properties.inloggen();
        this.perAccount = new Emmers(inloggen.perAccount(), inloggen.periode());
        this.perAdres = new Emmers(inloggen.perAdres(), inloggen.periode());
    }

    /** How long this account or this address must wait before trying again; empty when it may try now. */
    public Optional<Duration> geblokkeerd(String account, String adres) {
        return Stream.of(account == null ? Optional.<Duration>empty() : perAccount.wachttijd(sleutel(account)),
                        adres == null ? Optional.<Duration>empty() : perAdres.wachttijd(adres))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    void mislukt(String account, String adres) {
        boolean op = account != null && perAccount.neem(sleutel(account)).isPresent();
        op |= adres != null && perAdres.neem(adres).isPresent();
        if (op) {
            log.warn("Failed login beyond the allowance of an account or address: further attempts wait");
        }
    }

    @EventListener
    void opMislukt(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken poging) {
            String adres = poging.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : null;
            mislukt(poging.getName(), adres);
        }
    }

    /** User names compare case-insensitively here, so that varying the case buys no extra attempts. */
    private static String sleutel(String account) {
        String naam = account.strip().toLowerCase(Locale.ROOT);
        return naam.length() > MAX_NAAM ? naam.substring(0, MAX_NAAM) : naam;
    }
}
