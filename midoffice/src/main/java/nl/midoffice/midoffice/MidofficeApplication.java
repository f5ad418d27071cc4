package nl.midoffice.midoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import nl.midoffice.demo.Geheim;
import nl.midoffice.demo.Geheimen;

/** Outside the demo profile it starts only with secrets of its own (README, "Running it for real"). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Geheimen({
        @Geheim(value = "midoffice.clients.frontoffice-portal.secret", omgeving = "MIDOFFICE_PORTAL_SECRET"),
        @Geheim(value = "midoffice.beheerder.wachtwoord", omgeving = "MIDOFFICE_BEHEERDER_WACHTWOORD"),
        @Geheim("spring.artemis.password"),
        @Geheim(value = "midoffice.broker.adapter-wachtwoord", verplicht = false),
        @Geheim(value = "spring.datasource.password", verplicht = false),
        @Geheim(value = "midoffice.adapters.zaken.secret", alleenAls = "midoffice.adapters.zaken.enabled"),
        @Geheim(value = "midoffice.adapters.zaken.callback-secret", alleenAls = "midoffice.adapters.zaken.enabled"),
        @Geheim(value = "midoffice.adapters.vergunningen.api-sleutel",
                alleenAls = "midoffice.adapters.vergunningen.enabled"),
        @Geheim(value = "midoffice.adapters.vergunningen.callback-geheim",
                alleenAls = "midoffice.adapters.vergunningen.enabled"),
        @Geheim(value = "midoffice.adapters.brp.api-key", verplicht = false),
        @Geheim(value = "midoffice.console.simulator-sleutel", verplicht = false)})
public class MidofficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(MidofficeApplication.class, args);
    }
}
