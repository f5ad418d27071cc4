package nl.midoffice.portal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import nl.midoffice.demo.Geheim;
import nl.midoffice.demo.Geheimen;

/**
 * The digital counter ("digitaal loket"): a server-rendered portal on top of the mid-office API.
 * Citizens log in through the simulated DigiD only, so Boot's generated in-memory user is switched off.
 * Outside the demo profile it starts only with a secret of its own for the mid-office.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Geheimen(@Geheim("portal.midoffice.secret"))
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** One clock for token timestamps, so tests can pin time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
