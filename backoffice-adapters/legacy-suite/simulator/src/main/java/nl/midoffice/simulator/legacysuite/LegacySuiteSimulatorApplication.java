package nl.midoffice.simulator.legacysuite;

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
 * A simulated all-in-one municipal back office ("legacy suite") that speaks StUF-ZKN 0310 in the
 * ZDS layout and shows its clerk's werkbak. A demo and test feature, not a production system.
 */
// No users exist here: excluding the user details auto-configuration keeps Boot from generating a
// password that would suggest there is something to log in to.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Geheimen(@Geheim(BesturingProperties.SLEUTEL))
public class LegacySuiteSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(LegacySuiteSimulatorApplication.class, args);
    }

    /** StUF timestamps are local Dutch time; one clock keeps answers and the werkbak consistent. */
    @Bean
    Clock clock(SimulatorProperties properties) {
        return Clock.system(ZoneId.of(properties.tijdzone()));
    }
}
