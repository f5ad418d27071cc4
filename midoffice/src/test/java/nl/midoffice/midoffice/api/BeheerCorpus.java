package nl.midoffice.midoffice.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;

/**
 * The administrator's side: the administration API and metrics with forged Basic credentials; with the right ones,
 * what the API does not take; the console's login and JSON calls without a session or CSRF token; and every
 * protected path written so that a router or firewall might read it as another (no way around a login).
 */
final class BeheerCorpus {

    static final String CAPABILITY = "/api/v1/beheer/gemeenten/9002/capabilities/zaakregistratie";

    private BeheerCorpus() {
    }

    static List<Verzoek> voor(String beheerder, String token, Random random) {
        List<Verzoek> verzoeken = new ArrayList<>();
        List<Verzoek> doelen = List.of(
                Verzoek.van("GET", "/api/v1/beheer/gemeenten"),
                Verzoek.van("PUT", CAPABILITY).body("application/json", "{\"modus\":\"NEW\"}"),
                Verzoek.van("GET", "/api/v1/beheer/dead-letters"),
                Verzoek.van("POST", "/api/v1/beheer/gemeenten/9002/zaakreplicatie"),
                Verzoek.van("GET", "/api/v1/beheer/verwerkingen"),
                Verzoek.van("GET", "/actuator/prometheus"));
        for (Verzoek doel : doelen) {
            for (var basic : List.of("beheerder:fout", "root:" + MetCallbacksIT.WACHTWOORD, ":", "beheerder",
                    "beheerder\u0000:" + MetCallbacksIT.WACHTWOORD, "beheerder:" + "x".repeat(5000))) {
                verzoeken.add(doel.over("Basic " + basic.substring(0, Math.min(basic.length(), 30)))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                basic.getBytes(StandardCharsets.UTF_8))));
            }
            verzoeken.add(doel.over("Basic not base64").header("Authorization", "Basic !!!"));
            verzoeken.add(doel.over("no credentials"));
            verzoeken.add(doel.over("the portal's bearer token").header("Authorization", "Bearer " + token));
        }

        Verzoek wissel = Verzoek.van("PUT", CAPABILITY).header("Authorization", beheerder);
        for (String body : List.of("{\"modus\":\"FOO\"}", "{\"modus\":1}", "{\"modus\":null}", "{}", "[]", "\"NEW\"",
                "{\"modus\":\"NEW\\u0000\"}", "{\"modus\":\"new\"}", "{\"modus\":[\"NEW\"]}", "{\"modus\":\"NEW\"",
                "", Vijandig.diepJsonObject(10_000), "{\"modus\":\"" + "N".repeat(100_000) + "\"}")) {
            verzoeken.add(wissel.over(body.length() > 40 ? body.substring(0, 40) + "…" : body)
                    .body("application/json", body));
        }
        verzoeken.add(wissel.over("XML").body("application/xml", "<modus>NEW</modus>"));
        verzoeken.add(wissel.over("chunked 100 KB").vorm(Verzoek.Vorm.CHUNKED)
                .body("application/json", "{\"modus\":\"" + "N".repeat(100_000) + "\"}"));
        verzoeken.add(wissel.over("unknown gemeente").doel("/api/v1/beheer/gemeenten/0363/capabilities/zaakregistratie")
                .body("application/json", "{\"modus\":\"NEW\"}"));
        verzoeken.add(wissel.over("unknown capability").doel("/api/v1/beheer/gemeenten/9002/capabilities/belasting")
                .body("application/json", "{\"modus\":\"NEW\"}"));
        for (String pad : List.of("/api/v1/beheer/dead-letters/" + UUID.randomUUID() + "/opnieuw",
                "/api/v1/beheer/dead-letters/ID:%00/opnieuw", "/api/v1/beheer/dead-letters/" + "9".repeat(400))) {
            verzoeken.add(Verzoek.van("POST", pad).header("Authorization", beheerder));
            verzoeken.add(Verzoek.van("DELETE", pad.replace("/opnieuw", "")).header("Authorization", beheerder));
        }
        for (String pad : List.of("/api/v1/beheer/aanvragen/niet-een-uuid/spoor",
                "/api/v1/beheer/schaduwvergelijkingen/niet-een-getal", "/api/v1/beheer/verwerkingen?aanvraag=%zz",
                "/api/v1/beheer/verwerkingen?aanvraag=geen-uuid")) {
            verzoeken.add(Verzoek.van("GET", pad).header("Authorization", beheerder));
        }

        Verzoek inloggen = Verzoek.van("POST", "/beheer/inloggen");
        String formulier = "gebruikersnaam=beheerder&wachtwoord=" + MetCallbacksIT.WACHTWOORD;
        verzoeken.add(inloggen.over("right password, no CSRF token").body("application/x-www-form-urlencoded",
                formulier));
        verzoeken.add(inloggen.over("forged CSRF token").body("application/x-www-form-urlencoded",
                formulier + "&_csrf=" + UUID.randomUUID()));
        verzoeken.add(inloggen.over("as JSON").body("application/json",
                "{\"gebruikersnaam\":\"beheerder\",\"wachtwoord\":\"" + MetCallbacksIT.WACHTWOORD + "\"}"));
        verzoeken.add(inloggen.over("malformed form").body("application/x-www-form-urlencoded", "gebruikersnaam=%zz"));
        verzoeken.add(inloggen.over("2,000 parameters").body("application/x-www-form-urlencoded",
                "a=1&".repeat(2000)));
        verzoeken.add(inloggen.over("70 KB form").body("application/x-www-form-urlencoded",
                formulier + "&x=" + "x".repeat(70_000)));
        verzoeken.add(inloggen.over("100 KB form, chunked").vorm(Verzoek.Vorm.CHUNKED)
                .body("application/x-www-form-urlencoded", formulier + "&x=" + "x".repeat(100_000)));
        verzoeken.add(inloggen.over("cut off").vorm(Verzoek.Vorm.AFGEKAPT)
                .body("application/x-www-form-urlencoded", formulier));
        verzoeken.add(Verzoek.van("POST", "/beheer/uitloggen").over("no CSRF token"));
        for (String pad : List.of("/beheer/api/overzicht", "/beheer/api/dead-letters", "/beheer/api/simulatoren")) {
            verzoeken.add(Verzoek.van("GET", pad).over("no session"));
            verzoeken.add(Verzoek.van("GET", pad).over("forged session").header("Cookie", "BEHEERSESSIE=ABC123"));
        }
        verzoeken.add(Verzoek.van("PUT", "/beheer/api/verkeer").over("no session, no CSRF")
                .body("application/json", "{\"perMinuut\":6000}"));

        for (String pad : List.of(AanvraagCorpus.PAD, BurgerApiCorpus.SSE, "/api/v1/verwerkingen",
                "/api/v1/beheer/gemeenten", "/api/v1/beheer/dead-letters", "/actuator/prometheus",
                "/beheer/api/overzicht", "/api/v1/persoonsgegevens")) {
            for (String truc : Vijandig.padTrucs(pad)) {
                verzoeken.add(Verzoek.van("GET", truc).over("no credentials"));
            }
        }
        for (String pad : List.of("/actuator/env", "/actuator/heapdump", "/actuator/configprops",
                "/actuator/loggers")) {
            verzoeken.add(Verzoek.van("GET", pad).header("Authorization", beheerder));
        }
        return verzoeken;
    }
}
