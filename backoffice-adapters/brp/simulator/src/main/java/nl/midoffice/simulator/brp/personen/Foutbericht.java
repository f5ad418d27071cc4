package nl.midoffice.simulator.brp.personen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The BRP API's error body (application/problem+json, RFC 7807): the spec's {@code Foutbericht}, and
 * {@code BadRequestFoutbericht} when {@code invalidParams} is present. Texts and codes are those the
 * official BRP API answers with (see the README for where they come from).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Foutbericht(String type, String title, int status, String detail, String instance, String code,
                          List<InvalidParam> invalidParams) {

    static final String INSTANCE = "/haalcentraal/api/brp/personen";
    private static final String RFC7231 = "https://datatracker.ietf.org/doc/html/rfc7231#section-";

    static Foutbericht parameters(List<InvalidParam> fouten) {
        String namen = String.join(", ", fouten.stream().map(InvalidParam::name).distinct().toList());
        return new Foutbericht(RFC7231 + "6.5.1", "Een of meerdere parameters zijn niet correct.", 400,
                "De foutieve parameter(s) zijn: " + namen + ".", INSTANCE, "paramsValidation", List.copyOf(fouten));
    }

    static Foutbericht onleesbaar(String detail) {
        return new Foutbericht(RFC7231 + "6.5.1", "Een of meerdere parameters zijn niet correct.", 400,
                detail, INSTANCE, "paramsValidation", null);
    }

    static Foutbericht teGroot(int maxBytes) {
        return new Foutbericht(RFC7231 + "6.5.11", "Request body is te groot.", 413,
                "De request body mag ten hoogste " + maxBytes + " bytes zijn.", INSTANCE, "payloadTooLarge", null);
    }

    static Foutbericht nietAcceptabel() {
        return new Foutbericht(RFC7231 + "6.5.6", "Gevraagde content type wordt niet ondersteund.", 406,
                "Ondersteunde content type: application/json; charset=utf-8.", INSTANCE, "notAcceptable", null);
    }

    static Foutbericht mediaTypeNietOndersteund() {
        return new Foutbericht(RFC7231 + "6.5.13", "Media Type wordt niet ondersteund.", 415,
                "Ondersteunde content type: application/json; charset=utf-8.", INSTANCE, "unsupportedMediaType", null);
    }

    static Foutbericht methodeNietToegestaan() {
        return new Foutbericht(RFC7231 + "6.5.5", "Gebruikte bevragingsmethode is niet toegestaan.", 405,
                null, INSTANCE, "methodNotAllowed", null);
    }

    static Foutbericht nietBeschikbaar() {
        return new Foutbericht(RFC7231 + "6.6.4", "Bronservice BRP is tijdelijk niet beschikbaar.", 503,
                "De BRP is (gesimuleerd) in storing.", INSTANCE, "notAvailable", null);
    }

    static Foutbericht interneFout() {
        return new Foutbericht(RFC7231 + "6.6.1", "Internal Server error.", 500,
                "Technische fout (gesimuleerd, foutkans).", INSTANCE, "serverError", null);
    }
}
