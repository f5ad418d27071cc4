package nl.midoffice.web.limiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class BodyLimietFilterTest {

    private static final int LIMIET = 1024;

    private final BodyLimietFilter filter = new BodyLimietFilter(DataSize.ofBytes(LIMIET));
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingAByte() throws Exception {
        var body = new TellendeStroom(Long.MAX_VALUE);
        var request = metBody(body, 300_000_000L);

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413").contains("1 KiB");
        assertThat(chain.getRequest()).as("nothing behind the filter ran").isNull();
        assertThat(body.gelezen.get()).isZero();
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
        var body = new TellendeStroom(Long.MAX_VALUE);

        filter.doFilter(chunked(body), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(chain.getRequest()).isNull();
        assertThat(body.gelezen.get()).as("read no further than one byte past the limit").isEqualTo(LIMIET + 1);
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        var body = new TellendeStroom(LIMIET);

        filter.doFilter(chunked(body), response, chain);

        HttpServletRequest doorgegeven = (HttpServletRequest) chain.getRequest();
        assertThat(doorgegeven.getContentLengthLong()).isEqualTo(LIMIET);
        byte[] gelezen = doorgegeven.getInputStream().readAllBytes();
        assertThat(gelezen).hasSize(LIMIET).containsOnly((byte) 'x');
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsRefusedAsIncomplete() throws Exception {
        filter.doFilter(metBody(new TellendeStroom(100), 500), response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("korter dan aangekondigd");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aFormTomcatRefusesAsTooLargeIs413AndAMalformedOne400() throws Exception {
        filter.doFilter(formulier(413), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);

        var tweede = new MockHttpServletResponse();
        filter.doFilter(formulier(400), tweede, new MockFilterChain());
        assertThat(tweede.getStatus()).isEqualTo(400);
        assertThat(tweede.getContentAsString()).contains("onleesbaar");
    }

    @Test
    void anAppWithAnErrorFormatOfItsOwnWordsTheRefusal() throws Exception {
        var eigen = new BodyLimietFilter(DataSize.ofBytes(LIMIET),
                (request, status, detail) -> "{\"code\":\"payloadTooLarge\",\"instance\":\""
                        + request.getRequestURI() + "\",\"status\":" + status.value() + "}");

        eigen.doFilter(chunked(new TellendeStroom(Long.MAX_VALUE)), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"code\":\"payloadTooLarge\",\"instance\":\"/api/v1/callbacks/zaken\",\"status\":413}");
    }

    @Test
    void aRequestWithoutBodyPassesUntouched() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/aanvragen");
        request.addHeader("Accept", "text/event-stream");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest chunked(InputStream body) {
        var request = metBody(body, -1);
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }

    private static MockHttpServletRequest metBody(InputStream body, long gemeldeLengte) {
        var request = new MockHttpServletRequest("POST", "/api/v1/callbacks/zaken") {
            @Override
            public long getContentLengthLong() {
                return gemeldeLengte;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return body.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                    }
                };
            }
        };
        request.setContentType("application/json");
        return request;
    }

    /** Tomcat signals a refused form from getParameter*, with the status it means. */
    private static MockHttpServletRequest formulier(int foutcode) {
        var request = new MockHttpServletRequest("POST", "/beheer/login") {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new InvalidParameterException("refused", foutcode);
            }
        };
        request.setContentType("application/x-www-form-urlencoded");
        request.addHeader("Transfer-Encoding", "chunked");
        return request;
    }

    /** An endless (or limited) stream of 'x' that counts what was taken from it. */
    static final class TellendeStroom extends InputStream {
        final AtomicLong gelezen = new AtomicLong();
        private final long lengte;

        TellendeStroom(long lengte) {
            this.lengte = lengte;
        }

        @Override
        public int read() {
            byte[] een = new byte[1];
            return read(een, 0, 1) < 0 ? -1 : een[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long over = lengte - gelezen.get();
            if (over <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, over);
            Arrays.fill(b, off, off + n, (byte) 'x');
            gelezen.addAndGet(n);
            return n;
        }
    }
}
