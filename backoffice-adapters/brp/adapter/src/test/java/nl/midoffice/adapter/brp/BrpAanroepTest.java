package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrpAanroepTest {

    @Test
    void traceparentCarriesTheCorrelationIdAsTraceId() {
        String traceparent = BrpAanroep.traceparent("3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11");

        assertThat(traceparent).matches("00-3f0d6c1e2b7a4c1e9d510d9b1f8f2a11-[0-9a-f]{16}-01");
        assertThat(BrpAanroep.traceparent("3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11")).as("a fresh span per call")
                .isNotEqualTo(traceparent);
    }

    @Test
    void noTraceparentWithoutAUuidCorrelationId() {
        assertThat(BrpAanroep.traceparent(null)).isNull();
        assertThat(BrpAanroep.traceparent("corr-1")).isNull();
    }
}
