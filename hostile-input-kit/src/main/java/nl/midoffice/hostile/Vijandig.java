package nl.midoffice.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile material the suites combine with each app's own requests: control characters, deep nesting, XML
 * bombs and external entities, path tricks, odd methods and content types. Where there is a choice (a position, a
 * character), it comes from the caller's seeded {@link Random}, so a failing request can be made again.
 */
public final class Vijandig {

    /** Control characters (C0 and C1) that have no place in a short text; tab, LF and CR included. */
    public static final List<String> STUURTEKENS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n",
            "\u000b", "\u000c", "\r", "\u001b[2J", "\r\nX-Vervalst: ja", "\u007f", "\u0085", "\u009b");

    /**
     * Request methods that an endpoint of another method must refuse; some no server knows. Not CONNECT: Tomcat
     * answers it 501 itself, as RFC 9110 asks of a server that does not implement a method.
     */
    public static final List<String> METHODEN = List.of("GET", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND",
            "FOO", "get");

    /** Content types a JSON or XML endpoint must refuse (or fail to read). */
    public static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-java-serialized-object", "multipart/form-data; boundary=grens", "application/octet-stream",
            "application/json; charset=bogus-8", "image/png", "*/*", "", "application/json;;;=");

    private Vijandig() {
    }

    /** {@code [[[…]]]}, {@code diepte} deep. */
    public static String diepeJsonLijst(int diepte) {
        return "[".repeat(diepte) + "]".repeat(diepte);
    }

    /** {@code {"a":{"a":…}}}, {@code diepte} deep. */
    public static String diepJsonObject(int diepte) {
        return "{\"a\":".repeat(diepte) + "1" + "}".repeat(diepte);
    }

    /** {@code <a><a>…</a></a>}, {@code diepte} deep: put it where an element may stand. */
    public static String diepeXml(int diepte) {
        return "<a>".repeat(diepte) + "</a>".repeat(diepte);
    }

    /** The internal subset of the "billion laughs": ten levels of ten references, 10^9 times "lol". */
    public static String miljardLachjes() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.toString();
    }

    /** Internal subsets that reach outside: a file, a URL, a parameter entity, an external DTD. */
    public static List<String> externeEntiteiten(int dichtePoort) {
        String url = "http://127.0.0.1:" + dichtePoort + "/x";
        return List.of(
                "<!ENTITY lol0 SYSTEM \"file:///etc/passwd\">",
                "<!ENTITY lol0 SYSTEM \"" + url + "\">",
                "<!ENTITY % p SYSTEM \"" + url + "\"> %p; <!ENTITY lol0 \"x\">",
                "<!ENTITY % p SYSTEM \"file:///etc/hostname\"> <!ENTITY % q \"<!ENTITY lol0 '%p;'>\"> %q;",
                "<!ENTITY lol0 PUBLIC \"-//X//X\" \"" + url + "\">");
    }

    /** A document with a DOCTYPE: {@code inhoud} is the document's element, which may use {@code &lol9;} etc. */
    public static String metDoctype(String wortel, String internalSubset, String inhoud) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + wortel + " [" + internalSubset + "]>\n"
                + inhoud;
    }

    /** Ways to write a path that a router or firewall might read otherwise than meant. */
    public static List<String> padTrucs(String pad) {
        String zonder = pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad;
        int laatste = zonder.lastIndexOf('/');
        String ouder = zonder.substring(0, Math.max(laatste, 0));
        String blad = zonder.substring(laatste + 1);
        return List.of(
                zonder + "/", zonder + "//", zonder + "/.", zonder + "/..", zonder + "/../..", "/.." + zonder,
                ouder + "/%2e%2e/" + blad, ouder + "/%2E%2E%2F" + blad, ouder + "/%252e%252e/" + blad,
                ouder + "/..;/" + blad, zonder + ";jsessionid=ABC", ouder + ";x=y/" + blad, zonder + "%00",
                zonder + "%00.json", ouder + "%2f" + blad, ouder + "%5c" + blad, ouder + "\\" + blad,
                ouder + "/%c0%ae%c0%ae/" + blad, zonder + "%20", zonder + "?%zz", zonder + "#frag",
                zonder.toUpperCase(java.util.Locale.ROOT), "//" + zonder.substring(1), zonder + "/%0d%0aX:1",
                zonder + "/../../../../etc/passwd", "http://evil.example" + zonder, "*", ouder + "/" + "a".repeat(9000));
    }

    /** Bytes that are no UTF-8 (lone continuation, overlong, surrogate) inside {@code tekst} at a random place. */
    public static byte[] ongeldigeUtf8(String tekst, Random random) {
        byte[][] slecht = {{(byte) 0x80}, {(byte) 0xc0, (byte) 0xae}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xff}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        byte[] basis = tekst.getBytes(StandardCharsets.UTF_8);
        byte[] fout = slecht[random.nextInt(slecht.length)];
        int plek = tussenAanhalingstekens(tekst, random);
        byte[] uit = new byte[basis.length + fout.length];
        System.arraycopy(basis, 0, uit, 0, plek);
        System.arraycopy(fout, 0, uit, plek, fout.length);
        System.arraycopy(basis, plek, uit, plek + fout.length, basis.length - plek);
        return uit;
    }

    /** {@code tekst} cut off at a random place before its end. */
    public static String afgekapt(String tekst, Random random) {
        return tekst.substring(0, 1 + random.nextInt(tekst.length() - 1));
    }

    /** A raw control character (never tab, LF or CR) put at a random place inside a JSON string of {@code json}. */
    public static String rauwStuurteken(String json, Random random) {
        char teken = (char) new int[] {0, 1, 2, 7, 8, 11, 12, 27, 31}[random.nextInt(9)];
        int plek = tussenAanhalingstekens(json, random);
        return json.substring(0, plek) + teken + json.substring(plek);
    }

    /** A place right after an opening quote: inside a string of the JSON or XML attribute. */
    private static int tussenAanhalingstekens(String tekst, Random random) {
        List<Integer> plekken = new ArrayList<>();
        for (int i = 0; i < tekst.length(); i++) {
            if (tekst.charAt(i) == '"') {
                plekken.add(i + 1);
            }
        }
        return plekken.isEmpty() ? tekst.length() / 2 : plekken.get(random.nextInt(plekken.size()));
    }
}
