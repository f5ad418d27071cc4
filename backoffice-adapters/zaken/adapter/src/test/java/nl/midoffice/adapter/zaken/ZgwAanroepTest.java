package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small wire conventions of the client. */
class ZakenApiTest {

    @Test
    void theTraceIdIsTheCorrelationId() {
        String traceparent = ZakenApi.traceparent("3f1c2b9a-0d4e-4c6f-9a1b-2c3d4e5f6a7b");

        assertThat(traceparent).matches("00-3f1c2b9a0d4e4c6f9a1b2c3d4e5f6a7b-[0-9a-f]{16}-01");
        assertThat(ZakenApi.traceparent("geen-uuid")).isNull();
        assertThat(ZakenApi.traceparent(null)).isNull();
    }

    @Test
    void queryValuesAreEncoded() {
        assertThat(ZakenApi.metQuery("http://zrc/rollen", "zaak", "http://zrc/zaken/1?a=b", "omschrijvingGeneriek",
                "initiator")).isEqualTo("http://zrc/rollen?zaak=http%3A%2F%2Fzrc%2Fzaken%2F1%3Fa%3Db&omschrijvingGeneriek=initiator");
    }
}
