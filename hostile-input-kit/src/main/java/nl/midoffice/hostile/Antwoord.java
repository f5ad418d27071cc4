package nl.midoffice.hostile;

import java.util.List;
import java.util.Map;

/**
 * What the server answered.
 *
 * @param headers    by lower-case name
 * @param verstuurd  how many body bytes the client got onto the connection before the answer came (or the server
 *                   stopped reading)
 * @param duurMs     from connecting to the end of the answer
 */
public record Antwoord(int status, Map<String, List<String>> headers, String body, long verstuurd, long duurMs) {

    public String header(String naam) {
        List<String> waarden = headers.get(naam.toLowerCase(java.util.Locale.ROOT));
        return waarden == null || waarden.isEmpty() ? null : waarden.get(0);
    }

    public boolean isProblemJson() {
        String type = header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    /** Status and the start of the body, for a failure message. */
    public String kort() {
        String begin = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return status + " " + begin.replaceAll("\\s+", " ");
    }
}
