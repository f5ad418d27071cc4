package nl.midoffice.contracts;

/** The names back-office systems go by in messages ({@code systeem}), queues and the console. */
public final class Systemen {

    public static final String LEGACY_SUITE = "legacy-suite";
    public static final String BRP = "brp";
    public static final String ZAKEN = "zaken";
    public static final String VERGUNNINGEN = "vergunningen";

    private Systemen() {
    }
}
