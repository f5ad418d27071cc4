package nl.midoffice.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket to {@code 127.0.0.1}, for what a well-behaved client will not send: raw request
 * targets and header values, truncated bodies, and chunked floods that stop the moment the server answers. Every
 * read has the timeout: a server that does not answer in time fails the call, it never hangs a test.
 */
public final class RuweHttp {

    /** The server closed the connection without a word (as opposed to a timeout). */
    public static final class GeenAntwoord extends IOException {
        GeenAntwoord() {
            super("The server closed the connection without an answer");
        }
    }

    private static final int STUK = 8 * 1024;
    private static final int MAX_ANTWOORD = 1024 * 1024;

    private RuweHttp() {
    }

    public static Antwoord stuur(int poort, Verzoek verzoek, Duration timeout) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = verbind(poort, timeout)) {
            OutputStream uit = socket.getOutputStream();
            long verstuurd = 0;
            try {
                uit.write(kop(verzoek));
                byte[] body = verzoek.body();
                switch (verzoek.vorm()) {
                    case GEEN -> { }
                    case LENGTE, AFGEKAPT -> {
                        uit.write(body);
                        verstuurd = body.length;
                    }
                    case CHUNKED -> {
                        for (int i = 0; i < body.length; i += STUK) {
                            int n = Math.min(STUK, body.length - i);
                            schrijfStuk(uit, body, i, n);
                            verstuurd += n;
                        }
                        uit.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                uit.flush();
                if (verzoek.vorm() == Verzoek.Vorm.AFGEKAPT) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may answer and close before it read everything: its answer is what counts
            }
            return lees(socket.getInputStream(), "HEAD".equals(verzoek.methode()), verstuurd, start);
        }
    }

    /**
     * Streams a chunked body of up to {@code maxBytes} (zeros) while reading the answer, and stops sending the
     * moment the answer is complete: {@link Antwoord#verstuurd()} tells how much the server let in.
     */
    public static Antwoord stroom(int poort, Verzoek kop, long maxBytes, Duration timeout) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = verbind(poort, timeout)) {
            AtomicLong verstuurd = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            OutputStream uit = socket.getOutputStream();
            uit.write(kop(kop.vorm(Verzoek.Vorm.CHUNKED)));
            Thread schrijver = new Thread(() -> {
                byte[] nullen = new byte[64 * 1024];
                try {
                    while (!stop.get() && verstuurd.get() < maxBytes) {
                        schrijfStuk(uit, nullen, 0, nullen.length);
                        verstuurd.addAndGet(nullen.length);
                    }
                    uit.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    uit.flush();
                } catch (IOException e) {
                    // the server closed the connection: it has stopped reading
                }
            }, "ruwe-http-stroom");
            schrijver.setDaemon(true);
            schrijver.start();
            try {
                Antwoord antwoord = lees(socket.getInputStream(), false, 0, start);
                stop.set(true);
                return new Antwoord(antwoord.status(), antwoord.headers(), antwoord.body(), verstuurd.get(),
                        antwoord.duurMs());
            } finally {
                stop.set(true);
                socket.close();
                try {
                    schrijver.join(timeout.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static Socket verbind(int poort, Duration timeout) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", poort), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    private static void schrijfStuk(OutputStream uit, byte[] data, int van, int n) throws IOException {
        uit.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        uit.write(data, van, n);
        uit.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] kop(Verzoek verzoek) {
        StringBuilder kop = new StringBuilder(verzoek.methode()).append(' ').append(verzoek.doel())
                .append(" HTTP/1.1\r\n");
        if (verzoek.header("Host") == null) {
            kop.append("Host: localhost\r\n");
        }
        if (verzoek.header("Connection") == null) {
            kop.append("Connection: close\r\n");
        }
        verzoek.headers().forEach(h -> kop.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        switch (verzoek.vorm()) {
            case GEEN -> { }
            case LENGTE -> kop.append("Content-Length: ").append(verzoek.body().length).append("\r\n");
            case AFGEKAPT -> kop.append("Content-Length: ").append(verzoek.body().length * 2L + 10).append("\r\n");
            case CHUNKED -> kop.append("Transfer-Encoding: chunked\r\n");
        }
        return kop.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Antwoord lees(InputStream stroom, boolean zonderBody, long verstuurd, long start)
            throws IOException {
        InputStream in = new BufferedInputStream(stroom);
        String statusregel = regel(in);
        while (statusregel != null && statusregel.matches("HTTP/1\\.1 1\\d\\d.*")) {
            // an interim answer (100 Continue): its headers end at an empty line, the real answer follows
            for (String kop = regel(in); kop != null && !kop.isEmpty(); kop = regel(in)) {
                continue;
            }
            statusregel = regel(in);
        }
        if (statusregel == null) {
            throw new GeenAntwoord();
        }
        String[] delen = statusregel.split(" ", 3);
        int status = Integer.parseInt(delen[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String regel = regel(in); regel != null && !regel.isEmpty(); regel = regel(in)) {
            int dubbelepunt = regel.indexOf(':');
            headers.computeIfAbsent(regel.substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(regel.substring(dubbelepunt + 1).trim());
        }
        String body = zonderBody || status == 204 || status == 304 ? "" : body(in, headers);
        return new Antwoord(status, headers, body, verstuurd, (System.nanoTime() - start) / 1_000_000);
    }

    private static String body(InputStream in, Map<String, List<String>> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> lengte = headers.get("content-length");
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int n = Integer.parseInt(regel(in).split(";")[0].trim(), 16); n > 0;
                    n = Integer.parseInt(regel(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(Math.min(n, MAX_ANTWOORD)));
                regel(in);
            }
        } else if (lengte != null) {
            body.write(in.readNBytes(Math.min(Integer.parseInt(lengte.get(0)), MAX_ANTWOORD)));
        } else {
            body.write(in.readNBytes(MAX_ANTWOORD));
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String regel(InputStream in) throws IOException {
        ByteArrayOutputStream regel = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String tekst = regel.toString(StandardCharsets.ISO_8859_1);
                return tekst.endsWith("\r") ? tekst.substring(0, tekst.length() - 1) : tekst;
            }
            regel.write(b);
        }
        return regel.size() == 0 ? null : regel.toString(StandardCharsets.ISO_8859_1);
    }
}
