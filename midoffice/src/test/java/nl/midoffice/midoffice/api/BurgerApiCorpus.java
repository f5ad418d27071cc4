package nl.midoffice.midoffice.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;
import nl.midoffice.midoffice.security.VervalsteTokens;

/**
 * The citizen's side of the API without a valid way in: forged, expired and unsupported tokens on every endpoint
 * (the live stream too); and with a valid token, what the API does not take: other methods, content types and
 * answers, bodies too large, chunked, cut off or empty, odd Idempotency-Keys and query parameters.
 */
final class BurgerApiCorpus {

    static final String SSE = "/api/v1/aanvragen/gebeurtenissen";

    private BurgerApiCorpus() {
    }

    static List<Verzoek> voor(String token, String melding, Random random) {
        List<Verzoek> verzoeken = new ArrayList<>();
        List<Verzoek> doelen = List.of(
                Verzoek.van("POST", AanvraagCorpus.PAD).body("application/json", melding),
                Verzoek.van("GET", AanvraagCorpus.PAD),
                Verzoek.van("GET", AanvraagCorpus.PAD + "/" + UUID.randomUUID()),
                Verzoek.van("GET", SSE).header("Accept", "text/event-stream"),
                Verzoek.van("GET", "/api/v1/persoonsgegevens?gemeente=9001"),
                Verzoek.van("GET", "/api/v1/verwerkingen"));
        for (Verzoek doel : doelen) {
            VervalsteTokens.voor(MetCallbacksIT.CLIENT, MetCallbacksIT.SECRET, MetCallbacksIT.BSN).forEach(
                    (poging, vals) -> verzoeken.add(doel.over(poging).header("Authorization", "Bearer " + vals)));
            verzoeken.add(doel.over("no Authorization"));
            verzoeken.add(doel.over("Bearer without token").header("Authorization", "Bearer"));
            verzoeken.add(doel.over("Basic of the administrator").header("Authorization", MetCallbacksIT.beheerder()));
            verzoeken.add(doel.over("token with a control character").header("Authorization",
                    "Bearer " + token + "\u0007"));
            verzoeken.add(doel.over("forged token first, valid second").header("Authorization", "Bearer x.y.z")
                    .header("Authorization", "Bearer " + token));
            verzoeken.add(doel.over("token of 10 KB").header("Authorization", "Bearer " + "a".repeat(10_000)));
        }

        Verzoek indienen = Verzoek.van("POST", AanvraagCorpus.PAD).header("Authorization", "Bearer " + token)
                .body("application/json", melding);
        for (String type : Vijandig.CONTENT_TYPES) {
            verzoeken.add(indienen.over("Content-Type " + type).zetHeader("Content-Type", type));
        }
        verzoeken.add(indienen.over("no Content-Type").zetHeader("Content-Type", null));
        for (String accept : List.of("application/xml", "text/html", "image/png")) {
            verzoeken.add(indienen.over("Accept " + accept).header("Accept", accept));
        }
        for (String methode : Vijandig.METHODEN) {
            if (!methode.equals("GET")) {
                verzoeken.add(indienen.over("method " + methode).methode(methode));
            }
        }
        String groot = melding.replace("Zakken naast de container", "x".repeat(70_000));
        verzoeken.add(indienen.over("70 KB declared").body("application/json", groot));
        verzoeken.add(indienen.over("70 KB declared, Expect 100-continue").body("application/json", groot)
                .header("Expect", "100-continue"));
        verzoeken.add(indienen.over("200 KB chunked").body("application/json", groot + " ".repeat(130_000))
                .vorm(Verzoek.Vorm.CHUNKED));
        verzoeken.add(indienen.over("chunked, control character").vorm(Verzoek.Vorm.CHUNKED)
                .body("application/json", melding.replace("container", "container\\u0000")));
        verzoeken.add(indienen.over("chunked, cut off").vorm(Verzoek.Vorm.CHUNKED)
                .body("application/json", Vijandig.afgekapt(melding, random)));
        verzoeken.add(indienen.over("empty body").body("application/json", ""));
        verzoeken.add(indienen.over("only whitespace").body("application/json", " \n\t "));
        verzoeken.add(indienen.over("a JSON array").body("application/json", "[" + melding + "]"));
        verzoeken.add(indienen.over("10,000 nested lists").body("application/json", Vijandig.diepeJsonLijst(10_000)));
        verzoeken.add(indienen.over("XML bomb as JSON").body("application/json",
                Vijandig.metDoctype("lolz", Vijandig.miljardLachjes(), "<lolz>&lol9;</lolz>")));
        for (String sleutel : List.of("a\u0007b", "a\tb", "\u007f", "sleutel-é", "k".repeat(201), "")) {
            verzoeken.add(indienen.over("Idempotency-Key " + sleutel).header("Idempotency-Key", sleutel));
        }

        Verzoek stroom = Verzoek.van("GET", SSE).header("Authorization", "Bearer " + token);
        verzoeken.add(stroom.over("POST").methode("POST").body("application/json", "{}"));
        verzoeken.add(stroom.over("Accept application/json").header("Accept", "application/json"));
        Verzoek persoon = Verzoek.van("GET", "/api/v1/persoonsgegevens").header("Authorization", "Bearer " + token);
        for (String query : List.of("", "?gemeente=", "?gemeente=%00", "?gemeente=0363", "?gemeente=%zz",
                "?gemeente=9001%27%20or%201%3D1--", "?gemeente=" + "9".repeat(5000))) {
            verzoeken.add(persoon.over("query " + query).doel("/api/v1/persoonsgegevens" + query));
        }
        for (String id : List.of("niet-een-uuid", "..%2f..%2fbeheer", "00000000-0000-0000-0000-00000000000g", "%00")) {
            verzoeken.add(Verzoek.van("GET", AanvraagCorpus.PAD + "/" + id).header("Authorization", "Bearer " + token));
        }
        return verzoeken;
    }
}
