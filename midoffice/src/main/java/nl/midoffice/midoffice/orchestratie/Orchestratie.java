package nl.midoffice.midoffice.orchestratie;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.aanvraag.Producten;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an accepted aanvraag into the command for the back office that registers its zaak. */
@Component
public class Orchestratie {

    private static final Logger log = LoggerFactory.getLogger(Orchestratie.class);

    private final AanvraagRepository aanvragen;
    private final Producten producten;
    private final JsonMapper json;

    Orchestratie(AanvraagRepository aanvragen, Producten producten, JsonMapper json) {
        this.aanvragen = aanvragen;
        this.producten = producten;
        this.json = json;
    }

    /** The command, or null when the aanvraag is already past intake (a redelivered event). */
    public ZaakRegistreren zaakRegistreren(AanvraagOntvangen event) {
        Aanvraag aanvraag = aanvragen.vind(aanvraagId(event.aanvraagId()))
                .orElseThrow(() -> new OnverwerkbaarBericht("Unknown aanvraag " + event.aanvraagId()));
        if (aanvraag.status() != AanvraagStatus.ONTVANGEN && aanvraag.status() != AanvraagStatus.VERTRAAGD) {
            log.info("Aanvraag {} is already {}, not sent again", aanvraag.id(), aanvraag.status());
            return null;
        }
        JsonNode gegevens = json.readTree(aanvraag.gegevensJson());
        var product = producten.get(aanvraag.product());
        return new ZaakRegistreren(event.messageId(), aanvraag.correlationId(), aanvraag.id().toString(),
                aanvraag.referentie(), aanvraag.gemeente(), aanvraag.product(), aanvraag.aanvragerBsn(),
                product.zaakomschrijving(gegevens), product.toelichting(gegevens), plat(gegevens),
                aanvraag.ontvangenOp());
    }

    static UUID aanvraagId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new OnverwerkbaarBericht("Not an aanvraag id: " + id, e);
        }
    }

    /** {@code {"locatie":{"postcode":"1234AB"}}} becomes {@code locatie.postcode=1234AB}. */
    static Map<String, String> plat(JsonNode gegevens) {
        Map<String, String> plat = new LinkedHashMap<>();
        plat("", gegevens, plat);
        return plat;
    }

    private static void plat(String pad, JsonNode node, Map<String, String> plat) {
        if (node.isObject()) {
            node.properties().forEach(e -> plat(pad.isEmpty() ? e.getKey() : pad + "." + e.getKey(), e.getValue(), plat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                plat(pad + "[" + i + "]", node.get(i), plat);
            }
        } else if (!node.isNull()) {
            plat.put(pad, node.asString());
        }
    }
}
