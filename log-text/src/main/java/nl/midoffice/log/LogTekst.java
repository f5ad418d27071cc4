package nl.midoffice.log;

/**
 * Makes a value that came from outside (a request header, a SOAP field, a URL in a notification) fit for a log
 * line: control characters, line and paragraph separators and invisible format characters (bidi overrides) are
 * written as {@code \\uXXXX}, so a value can never start a forged log line or hide what follows; long values are
 * cut at {@value #MAX} characters. Never pass personal data (a BSN) here: this makes a value safe, not private.
 */
public final class LogTekst {

    static final int MAX = 200;

    private LogTekst() {
    }

    public static String veilig(Object waarde) {
        if (waarde == null) {
            return "null";
        }
        String tekst = waarde.toString();
        StringBuilder uit = new StringBuilder(Math.min(tekst.length(), MAX) + 8);
        int i = 0;
        for (; i < tekst.length() && i < MAX; i++) {
            char c = tekst.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                uit.append(String.format("\\u%04x", (int) c));
            } else {
                uit.append(c);
            }
        }
        return i < tekst.length() ? uit.append("…").toString() : uit.toString();
    }
}
