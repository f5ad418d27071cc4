package nl.midoffice.adapterkit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.midoffice.contracts.ZaakRegistreren;

/**
 * The identifying parts of one command the contract sends, fresh for every test so that tests sharing one
 * adapter, broker and simulator never see each other's messages. An adapter's test class builds its command
 * from them ({@link AdapterContractTest#opdracht(Kenmerken)}).
 *
 * @param messageId     the command's message id (a redelivery and a duplicate keep it)
 * @param correlationId a UUID, as the mid-office's are (adapters derive the W3C trace id from it)
 * @param aanvraagId    the aanvraag the command is about; null for a lookup outside an aanvraag (a prefill)
 * @param referentie    the aanvraag's reference, {@code MO-KIT-} and eight characters; systems key on it
 * @param schaduw       whether the command is the shadow copy of a call (its result must say so too)
 */
public record Kenmerken(String messageId, String correlationId, String aanvraagId, String referentie,
        boolean schaduw) {

    /** New ids for a command that is no shadow call. */
    public static Kenmerken nieuw() {
        return new Kenmerken(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "MO-KIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT), false);
    }

    /** The same ids, as the copy sent to the new system while a capability is in SHADOW. */
    public Kenmerken alsSchaduw() {
        return new Kenmerken(messageId, correlationId, aanvraagId, referentie, true);
    }

    /** The same ids without an aanvraag: a person lookup that prefills a form. */
    public Kenmerken zonderAanvraag() {
        return new Kenmerken(messageId, correlationId, null, referentie, schaduw);
    }

    /**
     * A {@code ZaakRegistreren} of a melding openbare ruimte in gemeente 9001 with these ids, the command the
     * zaakregistratie contract tests send; {@code initiatorBsn} "999993653" is a test person every system knows,
     * "123456789" fails the 11-proef.
     */
    public ZaakRegistreren melding(String initiatorBsn) {
        return new ZaakRegistreren(messageId, correlationId, aanvraagId, referentie, "9001", "melding-openbare-ruimte",
                initiatorBsn, "Melding openbare ruimte: afval", "Afval naast de container",
                Map.of("categorie", "afval"), Instant.now(), schaduw);
    }
}
