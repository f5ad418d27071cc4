package nl.midoffice.simulator.zaken;

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
 * A simulated zaakregistratiecomponent (ZRC) that speaks a subset of the ZGW Zaken API 1.5 the way
 * Open Zaak does, authenticates clients with ZGW JWTs and sends ZGW notifications. A demo and test
 * feature, not a production system.
 */
// Users exist only as JWT clients: without the user details auto-configuration Boot does not
// generate a password that would suggest a login.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Geheimen({@Geheim(BesturingProperties.SLEUTEL), @Geheim("simulator.clients.midoffice.secret")})
public class ZakenSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZakenSimulatorApplication.class, args);
    }

    /** Dates such as registratiedatum and einddatum are Dutch calendar days. */
    @Bean
    Clock clock(SimulatorProperties properties) {
        return Clock.system(ZoneId.of(properties.tijdzone()));
    }
}
