package nl.midoffice.web.limiet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body of an app before anything behind it reads one: the mid-office's API, console and the back
 * offices' callbacks (where Camel platform-http reads a whole body into memory), the portal's forms, the simulators'
 * protocols and control APIs. A declared length over the limit is refused at once; any other body is read here, up
 * to the limit, and refused the moment it passes it (a chunked one) or falls short of its declared length (a cut-off
 * one), so nothing behind this filter ever holds more, or trips over half a body. Forms are Tomcat's: it bounds them
 * by the same setting ({@code server.tomcat.max-http-form-post-size}), and its refusal of a form or a query (too
 * large, or malformed) is answered here, before Spring Security or a controller trips over it.
 */
public class BodyLimietFilter extends OncePerRequestFilter {

    private static final String ONVOLLEDIG = "De body is korter dan aangekondigd: de verbinding werd eerder gesloten.";

    private final int maxBytes;
    private final BodyLimietProbleem probleem;

    public BodyLimietFilter(DataSize limiet) {
        this(limiet, BodyLimietProbleem.STANDAARD);
    }

    public BodyLimietFilter(DataSize limiet, BodyLimietProbleem probleem) {
        this.maxBytes = Math.toIntExact(limiet.toBytes());
        this.probleem = probleem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long gemeld = request.getContentLengthLong();
        if (gemeld > maxBytes) {
            weiger(request, response, HttpStatus.CONTENT_TOO_LARGE, teGroot());
            return;
        }
        boolean formulier = isFormulier(request);
        if (formulier || request.getQueryString() != null) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException e) {
                HttpStatus status = e.getErrorCode() == 413 ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
                weiger(request, response, status,
                        status == HttpStatus.BAD_REQUEST ? "De parameters zijn onleesbaar." : teGroot());
                return;
            }
        }
        if (!formulier && (gemeld > 0 || request.getHeader("Transfer-Encoding") != null)) {
            request = gelezen(request, response, gemeld);
            if (request == null) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The request with its body read within the limit; null after refusing it. */
    private HttpServletRequest gelezen(HttpServletRequest request, HttpServletResponse response, long gemeld)
            throws IOException {
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(maxBytes + 1);
        } catch (IOException e) {
            weiger(request, response, HttpStatus.BAD_REQUEST, ONVOLLEDIG);
            return null;
        }
        if (body.length > maxBytes) {
            weiger(request, response, HttpStatus.CONTENT_TOO_LARGE, teGroot());
            return null;
        }
        if (body.length < gemeld) {
            weiger(request, response, HttpStatus.BAD_REQUEST, ONVOLLEDIG);
            return null;
        }
        return new GelezenBody(request, body);
    }

    private String teGroot() {
        return "De body is groter dan " + maxBytes / 1024 + " KiB.";
    }

    private static boolean isFormulier(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0,
                MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
    }

    /** The rest of the body stays unread: Tomcat swallows a little of it, then closes the connection. */
    private void weiger(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(probleem.json(request, status, detail));
    }

    /** A request whose body was read here, within the limit: served again from memory. */
    static final class GelezenBody extends HttpServletRequestWrapper {

        private final byte[] body;

        GelezenBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            try {
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                return new BufferedReader(new InputStreamReader(getInputStream(), charset));
            } catch (IllegalArgumentException e) {
                // what Tomcat's own reader throws for a charset it does not know
                throw new UnsupportedEncodingException(encoding);
            }
        }
    }
}
