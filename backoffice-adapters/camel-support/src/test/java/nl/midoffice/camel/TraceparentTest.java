package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TraceparentTest {

    private static final String CORRELATION_ID = "3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11";

    @Test
    void theTraceIdIsTheCorrelationIdsHexDigits() {
        String traceparent = Traceparent.van(CORRELATION_ID);

        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.split("-")[1]).isEqualTo("3f0d6c1e2b7a4c1e9d510d9b1f8f2a11");
    }

    @Test
    void everyCallIsASpanOfItsOwnInTheSameTrace() {
        Set<String> spans = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String[] delen = Traceparent.van(CORRELATION_ID).split("-");
            assertThat(delen[1]).isEqualTo("3f0d6c1e2b7a4c1e9d510d9b1f8f2a11");
            spans.add(delen[2]);
        }
        assertThat(spans).as("a fresh span id per call").hasSizeGreaterThan(1);
    }

    @Test
    void noTraceContextWithoutAUuidToDeriveItFrom() {
        assertThat(Traceparent.van(null)).isNull();
        assertThat(Traceparent.van("corr-1")).isNull();
        assertThat(Traceparent.van("")).isNull();
        assertThat(Traceparent.van("3f0d6c1e2b7a4c1e9d510d9b1f8f2a11")).as("without dashes").isNull();
        assertThat(Traceparent.van("3F0D6C1E-2B7A-4C1E-9D51-0D9B1F8F2A11")).as("upper case").isNull();
        assertThat(Traceparent.van(CORRELATION_ID + "0")).as("too long").isNull();
    }

    @Test
    void theHeaderIsNamedAsW3cSays() {
        assertThat(Traceparent.HEADER).isEqualTo("traceparent");
    }
}
