package nl.midoffice.simulator.zaken.conformiteit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;

import io.swagger.v3.oas.models.PathItem;

/**
 * The official Zaken API 1.5.1 OpenAPI document from the repository's {@code specs/}, loaded for the Atlassian
 * validator. The document refers to the Catalogi API's schemas on GitHub for the {@code _expand}
 * objects; those references are cut to "any object" so that validation runs offline (this simulator
 * does not implement expand).
 */
final class ZakenSpecificatie {

    static final String STANDAARD_PAD = "../../../specs/zgw-zaken-api-1.5.1.openapi.yaml";

    private static OpenApiInteractionValidator strikt;
    private static OpenApiInteractionValidator open;

    private ZakenSpecificatie() {
    }

    /** Also refuses properties the schema does not name (stricter than JSON Schema's default). */
    static synchronized OpenApiInteractionValidator strikt() {
        if (strikt == null) {
            strikt = bouw(false);
        }
        return strikt;
    }

    /**
     * With JSON Schema's own default: properties the schema does not name are allowed. Needed for allOf
     * compositions (ZaakExpanded and StatusExpanded of the read operations, Rol through its discriminator):
     * the strict check judges each part alone and refuses the other part's properties.
     */
    static synchronized OpenApiInteractionValidator open() {
        if (open == null) {
            open = bouw(true);
        }
        return open;
    }

    private static OpenApiInteractionValidator bouw(boolean extraPropertiesToegestaan) {
        OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator
                .createForInlineApiSpecification(offline(lees()))
                .withBasePathOverride("/zaken/api/v1")
                .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                        "StatusRequestbody eist zaakinformatieobjecten maar noemt het niet onder properties",
                        WhitelistRules.allOf(WhitelistRules.methodIs(PathItem.HttpMethod.POST),
                                WhitelistRules.pathContains("/statussen"),
                                WhitelistRules.messageContains("zaakinformatieobjecten"))));
        if (extraPropertiesToegestaan) {
            builder.withLevelResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build());
        }
        return builder.build();
    }

    /**
     * Properties that the spec marks {@code nullable: true} on an allOf/oneOf without a {@code type} of
     * their own. Open Zaak answers null there, and so does this simulator; the validator follows OAS 3.0.3
     * to the letter (nullable only counts next to type) and refuses null. None of them is required, so
     * they are left out before validation instead.
     */
    static final Set<String> NULLABLE_SAMENGESTELD = Set.of("zaakgeometrie", "verlenging", "opschorting",
            "processobject", "archiefnominatie", "contactpersoonRol");

    static String zonderNullBijSamengesteldeTypen(String json) {
        String resultaat = json;
        for (String veld : NULLABLE_SAMENGESTELD) {
            resultaat = resultaat.replaceAll(",?\"" + veld + "\":null", "");
        }
        return resultaat;
    }

    static Path pad() {
        return Path.of(System.getProperty("zgw.zaken.spec", STANDAARD_PAD));
    }

    static String lees() {
        try {
            return Files.readString(pad());
        } catch (IOException e) {
            throw new UncheckedIOException("De Zaken API-specificatie is niet gevonden op " + pad().toAbsolutePath(), e);
        }
    }

    /**
     * Three edits that keep the meaning but suit the validator: external Catalogi references become "any
     * object" (offline; this simulator has no expand); {@code betrokkeneType}, defined as allOf of the enum,
     * becomes that enum inline, because the validator's schema library wants a discriminator to be a plain
     * string property (so the Rol discriminator and its natuurlijk_persoon_Rol mapping do get checked), and
     * {@code objectType} likewise becomes a plain string (zaakobjecten are not served here); and
     * the discriminator of GeoJSONGeometry, whose {@code type} sits deeper, goes (its oneOf still validates).
     */
    static String offline(String yaml) {
        return yaml.replaceAll("\\$ref: '(https?://[^']+)'", "type: object")
                .replace("""
                                betrokkeneType:
                                  allOf:
                                    - $ref: '#/components/schemas/BetrokkeneTypeEnum'
                        """, """
                                betrokkeneType:
                                  type: string
                                  enum: [natuurlijk_persoon, niet_natuurlijk_persoon, vestiging, organisatorische_eenheid, medewerker]
                        """)
                .replace("""
                                objectType:
                                  allOf:
                                    - $ref: '#/components/schemas/ObjectTypeEnum'
                        """, """
                                objectType:
                                  type: string
                        """)
                .replaceAll("(    GeoJSONGeometry:\\n(?:      .*\\n)*?)      discriminator:\\n        propertyName: type\\n", "$1");
    }
}
