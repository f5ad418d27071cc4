package nl.midoffice.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request as it goes on the wire, raw: the request target is sent as written (no normalisation, no encoding),
 * header values too (a CR/LF in one is sent as it is). Immutable; every method returns a changed copy.
 *
 * @param naam     what the request tries, for the test's name
 * @param vorm     how the body is framed
 */
public record Verzoek(String naam, String methode, String doel, List<Map.Entry<String, String>> headers, byte[] body,
        Vorm vorm) {

    /** How the body goes on the wire. */
    public enum Vorm {
        /** No body and no length header. */
        GEEN,
        /** {@code Content-Length} and the whole body. */
        LENGTE,
        /** {@code Transfer-Encoding: chunked}, in pieces of 8 KiB. */
        CHUNKED,
        /** A {@code Content-Length} twice the body, then the body and the end of the sending side: truncated. */
        AFGEKAPT
    }

    public Verzoek {
        headers = List.copyOf(headers);
    }

    public static Verzoek van(String methode, String doel) {
        return new Verzoek(methode + " " + doel, methode, doel, List.of(), new byte[0], Vorm.GEEN);
    }

    public Verzoek naam(String nieuw) {
        return new Verzoek(nieuw, methode, doel, headers, body, vorm);
    }

    /** Adds a word to the name: {@code "melding"} becomes {@code "melding: omschrijving \u0007"}. */
    public Verzoek over(String wat) {
        return naam(naam + ": " + wat);
    }

    public Verzoek methode(String nieuw) {
        return new Verzoek(naam, nieuw, doel, headers, body, vorm);
    }

    public Verzoek doel(String nieuw) {
        return new Verzoek(naam, methode, nieuw, headers, body, vorm);
    }

    /** Adds a header (after any of the same name: a second one is sent too). */
    public Verzoek header(String naam, String waarde) {
        List<Map.Entry<String, String>> nieuw = new ArrayList<>(headers);
        nieuw.add(Map.entry(naam, waarde));
        return new Verzoek(this.naam, methode, doel, nieuw, body, vorm);
    }

    /** Replaces every header of this name by one with this value (null: drops them). */
    public Verzoek zetHeader(String naam, String waarde) {
        List<Map.Entry<String, String>> nieuw = new ArrayList<>(headers);
        nieuw.removeIf(h -> h.getKey().equalsIgnoreCase(naam));
        if (waarde != null) {
            nieuw.add(Map.entry(naam, waarde));
        }
        return new Verzoek(this.naam, methode, doel, nieuw, body, vorm);
    }

    public String header(String naam) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(naam)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** A body with its {@code Content-Type}, sent with a {@code Content-Length}. */
    public Verzoek body(String contentType, String tekst) {
        return body(contentType, tekst.getBytes(StandardCharsets.UTF_8));
    }

    public Verzoek body(String contentType, byte[] inhoud) {
        Verzoek met = zetHeader("Content-Type", contentType);
        return new Verzoek(naam, methode, doel, met.headers, inhoud, vorm == Vorm.GEEN ? Vorm.LENGTE : vorm);
    }

    public Verzoek vorm(Vorm nieuw) {
        return new Verzoek(naam, methode, doel, headers, body, nieuw);
    }

    public String bodyTekst() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The name, printable and short: control characters as {@code \\uXXXX}, at most 150 characters. */
    @Override
    public String toString() {
        StringBuilder zichtbaar = new StringBuilder();
        naam.codePoints().limit(150).forEach(c -> {
            if (Character.isISOControl(c)) {
                zichtbaar.append(String.format("\\u%04x", c));
            } else {
                zichtbaar.appendCodePoint(c);
            }
        });
        return zichtbaar.toString();
    }
}
