package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the callback accepts before it calls the zaaksysteem (no HTTP is made in these cases). */
class NotificatieVerwerkingTest {

    private final NotificatieVerwerking verwerking = new NotificatieVerwerking(ZakenPropertiesTest.standaard(), null);

    @Test
    void notificationsAboutOtherResourcesGiveNothing() {
        assertThat(verwerking.verwerk("""
                {"kanaal":"zaken","hoofdObject":"http://localhost:8093/zaken/api/v1/zaken/1","resource":"rol",
                 "resourceUrl":"http://localhost:8093/zaken/api/v1/rollen/1","actie":"create"}""")).isNull();
        assertThat(verwerking.verwerk("""
                {"kanaal":"documenten","resource":"status","actie":"create"}""")).isNull();
    }

    @Test
    void urlsOutsideTheConfiguredZakenApiAreRefused() {
        assertThatThrownBy(() -> verwerking.verwerk("""
                {"kanaal":"zaken","hoofdObject":"http://localhost:8093.elders.example/zaken/api/v1/zaken/1",
                 "resource":"status","resourceUrl":"http://localhost:8093/zaken/api/v1/statussen/1","actie":"create"}"""))
                .isInstanceOf(OnbekendeNotificatie.class).hasMessageContaining("outside the configured Zaken API");
        assertThatThrownBy(() -> verwerking.verwerk("""
                {"kanaal":"zaken","hoofdObject":"http://localhost:8093/zaken/api/v1/zaken/1","resource":"status",
                 "resourceUrl":"http://localhost:8093/zaken/api/v1/../../../elders","actie":"create"}"""))
                .isInstanceOf(OnbekendeNotificatie.class);
        assertThatThrownBy(() -> verwerking.verwerk("geen json")).isInstanceOf(OnbekendeNotificatie.class);
    }

    @Test
    void theSameStatusGivesTheSameMessageId() {
        String url = "http://localhost:8093/zaken/api/v1/statussen/5b1f";

        assertThat(NotificatieVerwerking.messageId(url)).isEqualTo(NotificatieVerwerking.messageId(url))
                .isNotEqualTo(NotificatieVerwerking.messageId(url + "0"));
    }

    @Test
    void originsCompareSchemeHostAndPort() {
        assertThat(NotificatieVerwerking.oorsprong("http://LOCALHOST:8093/catalogi/api/v1/statustypen/1"))
                .isEqualTo("http://localhost:8093");
        assertThat(NotificatieVerwerking.oorsprong("https://ztc.example/x")).isEqualTo("https://ztc.example:443");
        assertThat(NotificatieVerwerking.oorsprong("geen url")).isEmpty();
    }
}
