package nl.midoffice.simulator.brp.personen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a {@code fields} selection to a person, generically over the JSON tree, the way the BRP API
 * does: a path selects that property with everything under it; a path through an array selects in
 * every element; what ends up empty is left out ("gegevens die er niet zijn krijg je niet terug").
 * Two rules keep answers valid against the spec: a date (an object with {@code langFormaat}) and a
 * gezagsrelatie are always delivered whole, and a polymorphic object keeps its {@code type}.
 */
final class VeldenFilter {

    /** Delivered without being asked whenever the person has them (none of the test persons has). */
    private static final Set<String> AUTOMATISCH = Set.of(
            "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie");
    private static final Set<String> ALTIJD_HEEL = Set.of("gezag");

    private VeldenFilter() {
    }

    static ObjectNode filter(ObjectNode persoon, List<String> paden) {
        Knoop wortel = new Knoop();
        paden.forEach(wortel::voegToe);
        ObjectNode uit = selecteer(persoon, wortel);
        for (String veld : AUTOMATISCH) {
            if (persoon.has(veld) && !uit.has(veld)) {
                uit.set(veld, persoon.get(veld).deepCopy());
            }
        }
        return uit;
    }

    private static ObjectNode selecteer(JsonNode object, Knoop knoop) {
        ObjectNode uit = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> veld : object.properties()) {
            Knoop kind = knoop.kinderen.get(veld.getKey());
            if (kind == null) {
                continue;
            }
            JsonNode waarde = veld.getValue();
            if (kind.heel || ALTIJD_HEEL.contains(veld.getKey()) || isDatum(waarde)) {
                uit.set(veld.getKey(), waarde.deepCopy());
            } else if (waarde.isArray()) {
                ArrayNode lijst = JsonNodeFactory.instance.arrayNode();
                for (JsonNode element : waarde) {
                    if (element.isObject()) {
                        ObjectNode gekozen = metType(element, selecteer(element, kind));
                        if (!gekozen.isEmpty()) {
                            lijst.add(gekozen);
                        }
                    }
                }
                if (!lijst.isEmpty()) {
                    uit.set(veld.getKey(), lijst);
                }
            } else if (waarde.isObject()) {
                ObjectNode gekozen = metType(waarde, selecteer(waarde, kind));
                if (!gekozen.isEmpty()) {
                    uit.set(veld.getKey(), gekozen);
                }
            }
        }
        return uit;
    }

    private static boolean isDatum(JsonNode waarde) {
        return waarde.isObject() && waarde.has("langFormaat");
    }

    /** The discriminator of a polymorphic object (verblijfplaats, nationaliteit) comes first, as in the data. */
    private static ObjectNode metType(JsonNode bron, ObjectNode gekozen) {
        if (gekozen.isEmpty() || !bron.has("type") || gekozen.has("type")) {
            return gekozen;
        }
        ObjectNode uit = JsonNodeFactory.instance.objectNode();
        uit.set("type", bron.get("type").deepCopy());
        uit.setAll(gekozen);
        return uit;
    }

    /** A trie of the asked paths; {@code heel} marks a path that ends here (select everything below). */
    private static final class Knoop {
        private final Map<String, Knoop> kinderen = new LinkedHashMap<>();
        private boolean heel;

        void voegToe(String pad) {
            Knoop huidig = this;
            for (String deel : pad.split("\\.")) {
                huidig = huidig.kinderen.computeIfAbsent(deel, d -> new Knoop());
            }
            huidig.heel = true;
        }
    }
}
