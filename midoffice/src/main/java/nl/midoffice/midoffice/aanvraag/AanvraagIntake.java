package nl.midoffice.midoffice.aanvraag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Bsn;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.api.InvalidParam;
import nl.midoffice.midoffice.outbox.OutboxRepository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in an aanvraag: validates it completely, then stores it, its first status, the outgoing event and
 * the announcement of that status in one transaction. Only after that commit does the caller get its 202.
 */
@Service
public class AanvraagIntake {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final AanvraagRepository aanvragen;
    private final OutboxRepository outbox;
    private final StatusAankondiging aankondiging;
    private final Producten producten;
    private final MidofficeProperties properties;
    private final TransactionTemplate transactie;
    private final JsonMapper json;
    private final Clock clock;

    AanvraagIntake(AanvraagRepository aanvragen, OutboxRepository outbox, StatusAankondiging aankondiging,
            Producten producten, MidofficeProperties properties, TransactionTemplate transactie, JsonMapper json) {
        this.aanvragen = aanvragen;
        this.outbox = outbox;
        this.aankondiging = aankondiging;
        this.producten = producten;
        this.properties = properties;
        this.transactie = transactie;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** The citizen (by BSN, from the token) and the client that acts for them. */
    public record Namens(String bsn, String clientId) {
    }

    public Ontvangst dienIn(JsonNode verzoek, Namens namens, String idempotencyKey, String correlationId) {
        if (verzoek == null || !verzoek.isObject()) {
            throw new OngeldigeAanvraagException(
                    java.util.List.of(new InvalidParam("body", "De body moet een JSON-object zijn.")));
        }
        Validatie v = new Validatie();
        // first, so that a field with a control character is refused for that reason and not another
        String genoemd = verzoek.path("product").asString("");
        v.zonderStuurtekens(verzoek, "", producten.ids().contains(genoemd) ? producten.get(genoemd).langeTeksten()
                : Set.of());
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            v.fout("Idempotency-Key", "De Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens zijn.");
        }
        String productId = v.keuze(verzoek, "", "product", producten.ids());
        String gemeente = v.keuze(verzoek, "", "gemeente", properties.gemeenten().keySet());
        JsonNode aanvrager = v.object(verzoek, "", "aanvrager");
        String bsn = aanvrager == null ? null : v.tekst(aanvrager, "aanvrager", "bsn", 9, 9);
        if (bsn != null && !Bsn.isGeldig(bsn)) {
            v.fout("aanvrager.bsn", "Dit is geen geldig burgerservicenummer: het voldoet niet aan de elfproef.");
        }
        JsonNode gegevens = v.object(verzoek, "", "gegevens");
        if (productId != null && gegevens != null) {
            producten.get(productId).valideer(gegevens, bsn, v);
        }
        v.controleer();
        if (!bsn.equals(namens.bsn())) {
            throw new AccessDeniedException("A front office may only submit on behalf of the logged-in citizen");
        }
        String gegevensJson = json.writeValueAsString(producten.get(productId).genormaliseerd(gegevens));
        String hash = hash(productId, gemeente, bsn, gegevensJson);
        return transactie.execute(tx -> {
            if (idempotencyKey != null) {
                var eerder = aanvragen.metIdempotencyKey(namens.clientId(), idempotencyKey);
                if (eerder.isPresent()) {
                    return herhaling(eerder.get(), hash);
                }
            }
            Instant nu = clock.instant();
            Aanvraag aanvraag = new Aanvraag(UUID.randomUUID(), referentie(aanvragen.volgendReferentienummer(), nu),
                    productId, gemeente, bsn, gegevensJson, AanvraagStatus.ONTVANGEN, null, null, null,
                    correlationId, nu, Aanvraag.INTAKE, null);
            if (!aanvragen.voegToe(aanvraag, namens.clientId(), idempotencyKey, hash)) {
                // a concurrent request with the same key committed first
                return herhaling(aanvragen.metIdempotencyKey(namens.clientId(), idempotencyKey).orElseThrow(), hash);
            }
            aanvragen.voegStatusToe(aanvraag.id(), AanvraagStatus.ONTVANGEN, null, "midoffice", nu);
            UUID messageId = UUID.randomUUID();
            outbox.plaats(Queues.AANVRAGEN_ONTVANGEN, messageId, new AanvraagOntvangen(messageId.toString(),
                    correlationId, aanvraag.id().toString(), productId, gemeente, nu), correlationId, aanvraag.id());
            aankondiging.eersteStatus(aanvraag, nu);
            return new Ontvangst(aanvraag.id(), aanvraag.referentie(), aanvraag.status());
        });
    }

    private static Ontvangst herhaling(AanvraagRepository.EerderVerzoek eerder, String hash) {
        if (!eerder.verzoekHash().equals(hash)) {
            throw new IdempotencyConflictException();
        }
        Aanvraag a = eerder.aanvraag();
        return new Ontvangst(a.id(), a.referentie(), a.status());
    }

    static String referentie(long nummer, Instant tijdstip) {
        return String.format("MO-%d-%06d", tijdstip.atZone(ZoneId.of("Europe/Amsterdam")).getYear(), nummer);
    }

    private static String hash(String... delen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String deel : delen) {
                sha.update(deel.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
