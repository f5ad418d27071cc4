package nl.midoffice.simulator.vergunningen;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

import nl.midoffice.demo.Geheim;
import nl.midoffice.demo.Geheimen;
import nl.midoffice.simulator.support.besturing.BesturingProperties;

/**
 * A simulated modern permit-decision service: it takes parking-permit applications over REST/JSON,
 * decides them after a while by the rules a municipality uses, and delivers each decision to the
 * caller's callback URL. A demo and test feature, not a production system. Outside the demo profile it needs
 * a key for its control API and an API key of its own.
 */
// The API is guarded by an API key and the page has no login: no users, so no generated password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Geheimen({@Geheim(BesturingProperties.SLEUTEL), @Geheim("simulator.api-sleutel")})
public class VergunningenSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(VergunningenSimulatorApplication.class, args);
    }

    /** Dates such as ingangsdatum and besluitdatum are Dutch calendar dates. */
    @Bean
    Clock clock(SimulatorProperties properties) {
        return Clock.system(ZoneId.of(properties.tijdzone()));
    }
}
