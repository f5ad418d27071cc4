package nl.midoffice.midoffice.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile submissions of an aanvraag: a valid one of each product with exactly one thing wrong, at every field in
 * turn (another type, a value out of range, a control character, a field the product does not know), and JSON that
 * is no JSON (cut off, raw control characters, bytes that are no UTF-8, nested 10,000 deep). Each must be refused
 * with 400 and store nothing.
 */
final class AanvraagCorpus {

    static final String PAD = "/api/v1/aanvragen";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields that may be left out (null): a null there is no mistake. */
    private static final Set<String> OPTIONEEL = Set.of("gegevens.nieuwAdres.huisletter",
            "gegevens.nieuwAdres.huisnummertoevoeging");
    private static final Set<String> LANGE_TEKSTEN = Set.of("gegevens.omschrijving");

    private AanvraagCorpus() {
    }

    /** One valid aanvraag of each product, for {@code bsn}. */
    static Map<String, ObjectNode> geldig(String bsn) {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        return Map.of(
                "melding", aanvraag("melding-openbare-ruimte", bsn, """
                        {"categorie":"afval","omschrijving":"Zakken naast de container",
                         "locatie":{"postcode":"1234AB","huisnummer":12}}"""),
                "verhuizing", aanvraag("verhuizing", bsn, """
                        {"nieuwAdres":{"postcode":"1234AB","huisnummer":12,"huisletter":"a","huisnummertoevoeging":"2"},
                         "verhuisdatum":"%s","meeverhuizers":["999995492"]}""".formatted(vandaag)),
                "parkeervergunning", aanvraag("parkeervergunning", bsn, """
                        {"kenteken":"AB-123-C","ingangsdatum":"%s"}""".formatted(vandaag)));
    }

    private static ObjectNode aanvraag(String product, String bsn, String gegevens) {
        ObjectNode aanvraag = NODES.objectNode().put("product", product).put("gemeente", "9001");
        aanvraag.putObject("aanvrager").put("bsn", bsn);
        aanvraag.set("gegevens", JSON.readTree(gegevens));
        return aanvraag;
    }

    static List<Verzoek> voor(String token, String bsn, Random random) {
        List<Verzoek> verzoeken = new ArrayList<>();
        geldig(bsn).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(product -> {
            Verzoek basis = Verzoek.van("POST", PAD).naam(product.getKey()).header("Authorization", "Bearer " + token);
            ObjectNode geldig = product.getValue();
            velden(geldig, "", geldig, basis, verzoeken);
            for (String ouder : List.of("gegevens", "gegevens.locatie", "gegevens.nieuwAdres")) {
                if (knoop(geldig, ouder).isObject()) {
                    ObjectNode kopie = geldig.deepCopy();
                    ((ObjectNode) knoop(kopie, ouder)).put("onbekend", "waarde");
                    verzoeken.add(json(basis.over(ouder + ".onbekend"), kopie.toString()));
                }
            }
            ObjectNode diep = geldig.deepCopy();
            diep.set("gegevens", JSON.readTree("{\"a\":1}"));
            String tekst = geldig.toString();
            verzoeken.add(json(basis.over("gegevens 10,000 deep"), diep.toString().replace("{\"a\":1}",
                    Vijandig.diepJsonObject(10_000))));
            for (int i = 0; i < 6; i++) {
                verzoeken.add(json(basis.over("cut off"), Vijandig.afgekapt(tekst, random)));
                verzoeken.add(json(basis.over("raw control character"), Vijandig.rauwStuurteken(tekst, random)));
                verzoeken.add(basis.over("no UTF-8").body("application/json", Vijandig.ongeldigeUtf8(tekst, random)));
            }
        });
        return verzoeken;
    }

    /** Every field of {@code knoop} in turn: wrong values, control characters, and deeper. */
    private static void velden(ObjectNode geheel, String pad, JsonNode knoop, Verzoek basis, List<Verzoek> uit) {
        if (knoop.isObject()) {
            knoop.properties().forEach(e -> velden(geheel, pad.isEmpty() ? e.getKey() : pad + "." + e.getKey(),
                    e.getValue(), basis, uit));
            if (!pad.isEmpty()) {
                for (JsonNode anders : List.of(NODES.arrayNode(), NODES.stringNode("x"), NODES.numberNode(1))) {
                    uit.add(json(basis.over(pad + " = " + anders), vervangen(geheel, pad, anders)));
                }
            }
            return;
        }
        if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                velden(geheel, pad + "[" + i + "]", knoop.get(i), basis, uit);
            }
            ArrayNode te = NODES.arrayNode();
            for (int i = 0; i < 21; i++) {
                te.add(knoop.get(0));
            }
            for (JsonNode anders : List.of(NODES.stringNode(knoop.get(0).asString()), NODES.objectNode(), te,
                    NODES.arrayNode().add(geheel.path("aanvrager").path("bsn")))) {
                uit.add(json(basis.over(pad + " = " + kort(anders)), vervangen(geheel, pad, anders)));
            }
            return;
        }
        for (JsonNode anders : verkeerd(knoop, OPTIONEEL.contains(pad))) {
            uit.add(json(basis.over(pad + " = " + kort(anders)), vervangen(geheel, pad, anders)));
        }
        if (knoop.isString()) {
            for (String teken : Vijandig.STUURTEKENS) {
                boolean toegestaan = LANGE_TEKSTEN.contains(pad) && teken.chars()
                        .noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
                if (!toegestaan) {
                    uit.add(json(basis.over(pad + " + " + teken), vervangen(geheel, pad,
                            NODES.stringNode(knoop.asString() + teken))));
                }
            }
        }
    }

    /** Values that no field of this kind accepts. */
    private static List<JsonNode> verkeerd(JsonNode waarde, boolean optioneel) {
        List<JsonNode> verkeerd = new ArrayList<>(List.of(NODES.booleanNode(true), NODES.arrayNode(),
                NODES.objectNode()));
        if (!optioneel) {
            verkeerd.add(NODES.nullNode());
        }
        if (waarde.isString()) {
            verkeerd.addAll(List.of(NODES.numberNode(12345), NODES.stringNode(""), NODES.stringNode("x".repeat(2000))));
        } else {
            verkeerd.addAll(List.of(NODES.stringNode(waarde.asString()), NODES.numberNode(0), NODES.numberNode(-1),
                    NODES.numberNode(100_000), NODES.numberNode(1.5), NODES.numberNode(1e308)));
        }
        return verkeerd;
    }

    private static String vervangen(ObjectNode geheel, String pad, JsonNode anders) {
        ObjectNode kopie = geheel.deepCopy();
        int punt = Math.max(pad.lastIndexOf('.'), pad.lastIndexOf('['));
        JsonNode ouder = punt < 0 ? kopie : knoop(kopie, pad.substring(0, punt));
        if (ouder instanceof ArrayNode lijst) {
            lijst.set(Integer.parseInt(pad.substring(punt + 1, pad.length() - 1)), anders);
        } else {
            ((ObjectNode) ouder).set(pad.substring(punt + 1), anders);
        }
        return kopie.toString();
    }

    /** The node at a path like {@code gegevens.meeverhuizers[0]}. */
    private static JsonNode knoop(JsonNode wortel, String pad) {
        JsonNode knoop = wortel;
        for (String deel : pad.split("\\.")) {
            int haak = deel.indexOf('[');
            knoop = knoop.path(haak < 0 ? deel : deel.substring(0, haak));
            if (haak >= 0) {
                knoop = knoop.path(Integer.parseInt(deel.substring(haak + 1, deel.length() - 1)));
            }
        }
        return knoop;
    }

    private static Verzoek json(Verzoek verzoek, String body) {
        return verzoek.body("application/json", body);
    }

    private static String kort(JsonNode waarde) {
        String tekst = waarde.toString();
        return tekst.length() > 30 ? tekst.substring(0, 30) + "…(" + tekst.length() + ")" : tekst;
    }
}
