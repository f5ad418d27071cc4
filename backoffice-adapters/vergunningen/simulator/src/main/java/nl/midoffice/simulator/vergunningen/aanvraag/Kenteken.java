package nl.midoffice.simulator.vergunningen.aanvraag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dutch licence plate, kept normalised (upper case, no dashes or spaces) as the RDW does.
 * Valid are the shapes of the RDW sidecodes 1 to 14; each shape of letters and digits belongs to
 * exactly one sidecode, so the dashes can be put back for display.
 */
public record Kenteken(String waarde) {

    /** Letter/digit shape per sidecode (index + 1), with the dash positions of its display form. */
    private static final List<String> SIDECODES = List.of(
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9");

    /** The plate as typed, with or without dashes and spaces; empty when it fits no sidecode. */
    public static Optional<Kenteken> lees(String invoer) {
        if (invoer == null) {
            return Optional.empty();
        }
        String genormaliseerd = invoer.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return sidecode(genormaliseerd) > 0 ? Optional.of(new Kenteken(genormaliseerd)) : Optional.empty();
    }

    /** The plate with its dashes, e.g. {@code AB-123-C}. */
    public String weergave() {
        String vorm = SIDECODES.get(sidecode(waarde) - 1);
        StringBuilder uit = new StringBuilder();
        int i = 0;
        for (char c : vorm.toCharArray()) {
            uit.append(c == '-' ? '-' : waarde.charAt(i++));
        }
        return uit.toString();
    }

    /** 1–14, or 0 when the text fits none. */
    static int sidecode(String genormaliseerd) {
        if (genormaliseerd.length() != 6) {
            return 0;
        }
        for (int i = 0; i < SIDECODES.size(); i++) {
            if (past(genormaliseerd, SIDECODES.get(i).replace("-", ""))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean past(String tekst, String vorm) {
        for (int i = 0; i < vorm.length(); i++) {
            char c = tekst.charAt(i);
            boolean goed = vorm.charAt(i) == 'X' ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
            if (!goed) {
                return false;
            }
        }
        return true;
    }
}
