package nl.midoffice.portal.formulier;

import java.util.Locale;
import java.util.UUID;

/**
 * What every product form shares: the idempotency key that rides along hidden, so a double submit, a
 * refresh or a retry after a failure re-sends the same key and the mid-office stores the aanvraag once.
 */
public abstract class AanvraagForm {

    private String idempotencyKey;

    /** Keeps a valid key, or issues a new one when it is missing or was tampered with. */
    public UUID zorgVoorIdempotencyKey() {
        try {
            return UUID.fromString(idempotencyKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            return nieuweIdempotencyKey();
        }
    }

    public UUID nieuweIdempotencyKey() {
        UUID key = UUID.randomUUID();
        idempotencyKey = key.toString();
        return key;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** An empty field is "not filled in": one message ("vul ... in"), not also a pattern complaint about "". */
    protected static String leegAlsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    /** {@code 1234 ab} becomes {@code 1234AB}, the form the mid-office's pattern asks for. */
    public static String normaliseerPostcode(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
