package nl.midoffice.simulator.zaken.zaak;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.midoffice.simulator.zaken.catalogus.RolType;
import tools.jackson.databind.JsonNode;

/**
 * A party's role in a zaak, e.g. the initiator by BSN.
 *
 * @param betrokkeneIdentificatie kept as sent; holds personal data, so never logged
 */
public record Rol(UUID uuid, UUID zaakUuid, String betrokkene, String betrokkeneType, RolType roltype,
                  String roltypeUrl, String afwijkendeNaamBetrokkene, String roltoelichting,
                  String indicatieMachtiging, JsonNode betrokkeneIdentificatie, OffsetDateTime registratiedatum) {

    /** The BSN of a natuurlijk persoon, or null. */
    public String bsn() {
        if (!"natuurlijk_persoon".equals(betrokkeneType) || betrokkeneIdentificatie == null) {
            return null;
        }
        JsonNode bsn = betrokkeneIdentificatie.get("inpBsn");
        return bsn == null || bsn.isNull() || bsn.asString().isEmpty() ? null : bsn.asString();
    }
}
