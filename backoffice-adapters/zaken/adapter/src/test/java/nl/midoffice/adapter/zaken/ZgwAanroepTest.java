package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small wire conventions of a call. */
class ZgwAanroepTest {

    @Test
    void theTraceIdIsTheCorrelationId() {
        String traceparent = ZgwAanroep.traceparent("3f1c2b9a-0d4e-4c6f-9a1b-2c3d4e5f6a7b");

        assertThat(traceparent).matches("00-3f1c2b9a0d4e4c6f9a1b2c3d4e5f6a7b-[0-9a-f]{16}-01");
        assertThat(ZgwAanroep.traceparent("geen-uuid")).isNull();
        assertThat(ZgwAanroep.traceparent(null)).isNull();
    }

    @Test
    void queryValuesAreEncoded() {
        assertThat(ZgwAanroep.query("zaak", "http://zrc/zaken/1?a=b", "omschrijvingGeneriek", "initiator"))
                .isEqualTo("zaak=http%3A%2F%2Fzrc%2Fzaken%2F1%3Fa%3Db&omschrijvingGeneriek=initiator");
    }

    @Test
    void eachCollectionIsOneEndpointWithTheSettingsAsPlaceholders() {
        assertThat(ZgwAanroep.endpoint("rollen")).startsWith("{{midoffice.adapters.zaken.url}}/zaken/api/v1/rollen?")
                .contains("responseTimeout={{midoffice.adapters.zaken.timeout}}");
    }
}
