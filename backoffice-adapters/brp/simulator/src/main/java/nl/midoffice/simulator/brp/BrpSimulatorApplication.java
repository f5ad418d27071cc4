package nl.midoffice.simulator.brp;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import nl.midoffice.demo.Geheim;
import nl.midoffice.demo.Geheimen;
import nl.midoffice.simulator.support.besturing.BesturingProperties;

/**
 * A simulated Basisregistratie Personen (BRP) that answers Haal Centraal BRP API Personen 2.x
 * questions about fictitious test persons. A demo and test feature, not a production system.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Geheimen(@Geheim(BesturingProperties.SLEUTEL))
public class BrpSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(BrpSimulatorApplication.class, args);
    }

    /** Leeftijd is "age on the day of the question" in Dutch time; one clock keeps answers and page consistent. */
    @Bean
    Clock clock(SimulatorProperties properties) {
        return Clock.system(ZoneId.of(properties.tijdzone()));
    }
}
