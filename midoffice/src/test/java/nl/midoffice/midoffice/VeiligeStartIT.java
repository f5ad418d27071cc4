package nl.midoffice.midoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import nl.midoffice.demo.AlleenLokaal;

/** Under the demo profile the mid-office starts with the published secrets, and listens on localhost only. */
class VeiligeStartIT extends MidofficeIT {

    @Autowired
    Environment environment;

    @Test
    void theDemoProfileStartsItOnLocalhostOnly() {
        assertThat(environment.getActiveProfiles()).contains("demo");
        AlleenLokaal.luistert(port);
    }
}
