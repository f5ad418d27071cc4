package nl.midoffice.simulator.zaken.conformiteit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;

/**
 * The official Notificaties API 1.0.0 OpenAPI document from the repository's {@code specs/}, loaded unchanged for
 * the Atlassian validator, with the simulator's base path ({@code /notificaties/api/v1} instead of the
 * document's {@code /api/v1}).
 */
final class NotificatiesSpecificatie {

    static final String STANDAARD_PAD = "../../../specs/zgw-notificaties-api-1.0.0.openapi.yaml";

    private static OpenApiInteractionValidator validator;

    private NotificatiesSpecificatie() {
    }

    /**
     * One known difference is allowed: the document's one {@code Abonnement} schema serves request and answer and
     * requires {@code auth}, while the reference implementation (Open Notificaties) treats {@code auth} as
     * write-only, a credential it never sends back, and so does this simulator. Every other rule applies.
     */
    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(lees())
                    .withBasePathOverride("/notificaties/api/v1")
                    .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                            "auth is write-only: an answer never carries the subscriber's credential",
                            WhitelistRules.allOf(WhitelistRules.isResponse(),
                                    WhitelistRules.messageHasKey("validation.response.body.schema.required"),
                                    WhitelistRules.messageContains("missing required properties \\(\\[\"auth\"\\]\\)"))))
                    .build();
        }
        return validator;
    }

    static Path pad() {
        return Path.of(System.getProperty("zgw.notificaties.spec", STANDAARD_PAD));
    }

    private static String lees() {
        try {
            return Files.readString(pad());
        } catch (IOException e) {
            throw new UncheckedIOException("De Notificaties API-specificatie is niet gevonden op "
                    + pad().toAbsolutePath(), e);
        }
    }
}
