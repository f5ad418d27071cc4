package nl.midoffice.midoffice.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;

/**
 * The back offices' callbacks (Camel platform-http on this server): without or with forged credentials, other
 * methods, bodies too large (declared or chunked); and for the zaken notification, with the right credentials,
 * bodies that are no notification or point outside the configured Zaken API. Nothing of it may reach the broker.
 */
final class CallbackCorpus {

    static final String ZAKEN = "/api/v1/callbacks/zaken";
    static final String VERGUNNINGEN = "/api/v1/callbacks/vergunningen";
    private static final String API = "http://localhost:8093/zaken/api/v1";

    private CallbackCorpus() {
    }

    static List<Verzoek> voor(String geheim, Random random) {
        String zaak = API + "/zaken/" + UUID.randomUUID();
        String notificatie = notificatie(zaak, API + "/statussen/" + UUID.randomUUID());
        String besluit = "{\"id\":\"1\",\"referentie\":\"MO-2026-000001\",\"besluit\":\"VERLEEND\"}";
        List<Verzoek> verzoeken = new ArrayList<>();
        for (Verzoek doel : List.of(Verzoek.van("POST", ZAKEN).body("application/json", notificatie),
                Verzoek.van("POST", VERGUNNINGEN + "?aanvraag=" + UUID.randomUUID())
                        .body("application/json", besluit))) {
            for (String autorisatie : List.of("Bearer " + geheim + "x", "Bearer " + geheim.substring(1), "Bearer",
                    "bearer " + geheim.toUpperCase(java.util.Locale.ROOT), "Basic " + geheim, geheim,
                    "Bearer " + geheim + "\u0007", "Bearer " + "g".repeat(7000))) {
                verzoeken.add(doel.over("Authorization " + autorisatie.substring(0, Math.min(20, autorisatie.length())))
                        .header("Authorization", autorisatie));
            }
            verzoeken.add(doel.over("no Authorization"));
            verzoeken.add(doel.over("forged first, right second").header("Authorization", "Bearer x")
                    .header("Authorization", "Bearer " + geheim));
            for (String methode : List.of("GET", "PUT", "PATCH", "DELETE", "FOO")) {
                verzoeken.add(doel.over(methode).methode(methode).header("Authorization", "Bearer " + geheim));
            }
            String groot = doel.bodyTekst().replace("}", ",\"x\":\"" + "x".repeat(70_000) + "\"}");
            verzoeken.add(doel.over("70 KB").body("application/json", groot));
            verzoeken.add(doel.over("1 MB chunked").vorm(Verzoek.Vorm.CHUNKED)
                    .body("application/json", groot.repeat(15)));
            verzoeken.add(doel.over("XML bomb").body("application/xml",
                    Vijandig.metDoctype("lolz", Vijandig.miljardLachjes(), "<lolz>&lol9;</lolz>")));
            for (String truc : Vijandig.padTrucs(doel.doel().split("\\?")[0])) {
                verzoeken.add(doel.over("path " + truc).doel(truc));
            }
        }

        Verzoek zaken = Verzoek.van("POST", ZAKEN).header("Authorization", "Bearer " + geheim);
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "\"status\"", "1", "{",
                Vijandig.diepeJsonLijst(10_000), Vijandig.diepJsonObject(10_000),
                notificatie(zaak, "http://evil.example/zaken/api/v1/statussen/1"),
                notificatie("http://evil.example/zaken/api/v1/zaken/1", API + "/statussen/1"),
                notificatie(API + "/zaken/../../../beheer", API + "/statussen/1"),
                notificatie(API + "/zaken/1\\r\\nINFO forged", API + "/statussen/1"),
                notificatie("file:///etc/passwd", API + "/statussen/1"),
                notificatie(API.replace("http", "HTTP") + "/zaken/1", API + "/statussen/1"),
                notificatie("", ""), notificatie(zaak, API + "/statussen/" + "\\u0000"),
                Vijandig.metDoctype("lolz", Vijandig.miljardLachjes(), "<lolz>&lol9;</lolz>")));
        for (int i = 0; i < 6; i++) {
            bodies.add(Vijandig.afgekapt(notificatie, random));
            bodies.add(Vijandig.rauwStuurteken(notificatie, random));
        }
        for (String body : bodies) {
            verzoeken.add(zaken.over("body " + (body.length() > 60 ? body.substring(0, 60) + "…" : body))
                    .body("application/json", body));
        }
        verzoeken.add(zaken.over("cut off, declared longer").vorm(Verzoek.Vorm.AFGEKAPT)
                .body("application/json", notificatie));
        return verzoeken;
    }

    private static String notificatie(String zaak, String status) {
        return """
                {"kanaal":"zaken","hoofdObject":"%s","resource":"status","resourceUrl":"%s","actie":"create",\
                "aanmaakdatum":"2026-12-01T10:00:00Z","kenmerken":{}}""".formatted(zaak, status);
    }
}
