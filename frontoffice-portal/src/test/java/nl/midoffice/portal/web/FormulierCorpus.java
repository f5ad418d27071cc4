package nl.midoffice.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;

/**
 * Hostile posts of the portal's forms: the simulated DigiD login and the three products, each valid form with one
 * field wrong at a time (empty, too long, of another kind, out of range, a control character in the middle of it),
 * posts without or with a forged CSRF token, too large, chunked, malformed, with too many fields or another method,
 * and path tricks. The portal must refuse every one itself: nothing may reach the mid-office.
 */
final class FormulierCorpus {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String MELDING = "/producten/melding-openbare-ruimte";
    static final String VERHUIZING = "/producten/verhuizing";
    static final String PARKEERVERGUNNING = "/producten/parkeervergunning";
    /**
     * Control characters, put in the middle of a value: at its ends the form trims whitespace away, and tabs and line
     * breaks are typing noise a licence plate drops or text an omschrijving may hold.
     */
    private static final List<String> STUURTEKENS = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085");

    /** A browser session: its cookie and the CSRF token of its last page. */
    record Sessie(String cookie, String csrf) {
    }

    private FormulierCorpus() {
    }

    static List<Verzoek> voor(Sessie anoniem, Sessie burger, Random random) {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        List<Verzoek> verzoeken = new ArrayList<>();
        velden(verzoeken, post("/inloggen", anoniem), anoniem.csrf(), Map.of("bsn", "999993653"), Map.of("bsn",
                List.of("", "123456789", "12345678a", "9999936530", "x".repeat(2000), "<script>", "999 993 653")));
        velden(verzoeken, post(MELDING, burger), burger.csrf(), melding(), Map.of(
                "gemeente", List.of("", "0363", "9001 OR 1=1"), "categorie", List.of("", "lawaai"),
                "omschrijving", List.of("", " ", "x".repeat(1001)),
                "postcode", List.of("", "ABCD12", "0123AB", "1234ABC"),
                "huisnummer", List.of("", "twaalf", "0", "-1", "100000", "1e3", "12.5")));
        for (String pad : List.of(VERHUIZING, VERHUIZING + "/versturen")) {
            velden(verzoeken, post(pad, burger), burger.csrf(), verhuizing(vandaag), Map.of(
                    "postcode", List.of("", "1234 A"), "huisnummer", List.of("", "x", "0"),
                    "huisletter", List.of("AB", "1", "ä"), "huisnummertoevoeging", List.of("12345", "-", "a b"),
                    "verhuisdatum", List.of("", "2026-13-45", "gisteren", "2099-01-01", "1999-01-01"),
                    "meeverhuizers[0]", List.of("123456789", "99999549a", "999993653"),
                    "meeverhuizers[1]", List.of("999995492")));
        }
        for (String pad : List.of(PARKEERVERGUNNING, PARKEERVERGUNNING + "/versturen")) {
            velden(verzoeken, post(pad, burger), burger.csrf(), Map.of("gemeente", "9001", "kenteken", "AB-123-C",
                    "ingangsdatum", vandaag), Map.of("kenteken", List.of("", "!!!", "AAAAAAA", "ABC-DEF-G", "AB-1234-CD"),
                    "ingangsdatum", List.of("", "2026-02-30", "1999-01-01", "2099-12-31")));
        }

        Verzoek melding = post(MELDING, burger);
        String geldig = formulier(melding(), burger.csrf());
        verzoeken.add(melding.over("no CSRF token").body(FORM, formulier(melding(), null)));
        verzoeken.add(melding.over("forged CSRF token").body(FORM, formulier(melding(), "vervalst")));
        verzoeken.add(melding.over("the anonymous session's CSRF token").body(FORM, formulier(melding(),
                anoniem.csrf())));
        verzoeken.add(melding.over("no session").zetHeader("Cookie", null).body(FORM, geldig));
        verzoeken.add(melding.over("70 KB").body(FORM, geldig + "&x=" + "x".repeat(70_000)));
        verzoeken.add(melding.over("100 KB chunked").vorm(Verzoek.Vorm.CHUNKED)
                .body(FORM, geldig + "&x=" + "x".repeat(100_000)));
        verzoeken.add(melding.over("cut off, declared longer").vorm(Verzoek.Vorm.AFGEKAPT).body(FORM, geldig));
        verzoeken.add(melding.over("malformed").body(FORM, geldig + "&omschrijving=%zz"));
        verzoeken.add(melding.over("2,000 fields").body(FORM, geldig + "&a=1".repeat(2000)));
        verzoeken.add(melding.over("as JSON").body("application/json", "{\"omschrijving\":\"x\"}"));
        verzoeken.add(melding.over("XML bomb").body("application/xml",
                Vijandig.metDoctype("lolz", Vijandig.miljardLachjes(), "<lolz>&lol9;</lolz>")));
        for (String methode : List.of("PUT", "PATCH", "DELETE", "TRACE", "FOO")) {
            verzoeken.add(melding.over("method " + methode).methode(methode).body(FORM, geldig));
        }
        for (int i = 0; i < 5; i++) {
            verzoeken.add(melding.over("no UTF-8").body(FORM, Vijandig.ongeldigeUtf8(formulier(Map.of(
                    "omschrijving", "\"x\""), burger.csrf()), random)));
        }
        for (String truc : Vijandig.padTrucs(MELDING)) {
            verzoeken.add(melding.over("path " + truc).doel(truc).body(FORM, formulier(Map.of(), burger.csrf())));
        }
        verzoeken.add(post("/uitloggen", burger).over("no CSRF token"));
        verzoeken.add(Verzoek.van("GET", "/mijn-aanvragen/gebeurtenissen").over("no session")
                .header("Accept", "text/event-stream"));
        return verzoeken;
    }

    /** Each field in turn: its wrong values, a control character in its middle, and left out. */
    private static void velden(List<Verzoek> uit, Verzoek basis, String csrf, Map<String, String> geldig,
            Map<String, List<String>> fout) {
        fout.forEach((veld, waarden) -> {
            for (String waarde : waarden) {
                uit.add(basis.over(veld + " = " + kort(waarde)).body(FORM, formulier(met(geldig, veld, waarde), csrf)));
            }
        });
        for (String veld : geldig.keySet()) {
            String waarde = geldig.get(veld);
            for (String teken : STUURTEKENS) {
                int helft = waarde.length() / 2;
                String midden = waarde.substring(0, helft) + teken + waarde.substring(helft);
                uit.add(basis.over(veld + " with " + teken).body(FORM, formulier(met(geldig, veld, midden), csrf)));
            }
            if (!veld.startsWith("meeverhuizers") && !veld.startsWith("huisletter")
                    && !veld.startsWith("huisnummertoevoeging")) {
                Map<String, String> zonderVeld = new LinkedHashMap<>(geldig);
                zonderVeld.remove(veld);
                uit.add(basis.over("without " + veld).body(FORM, formulier(zonderVeld, csrf)));
            }
        }
    }

    private static Map<String, String> melding() {
        return Map.of("gemeente", "9001", "categorie", "afval", "omschrijving", "Zakken naast de container",
                "postcode", "1234AB", "huisnummer", "12");
    }

    private static Map<String, String> verhuizing(String datum) {
        return Map.of("gemeente", "9001", "postcode", "1234AB", "huisnummer", "12", "huisletter", "a",
                "huisnummertoevoeging", "2", "verhuisdatum", datum, "meeverhuizers[0]", "999995492");
    }

    private static Map<String, String> met(Map<String, String> velden, String veld, String waarde) {
        Map<String, String> kopie = new LinkedHashMap<>(velden);
        kopie.put(veld, waarde);
        return kopie;
    }

    /** A post of the session's browser; its body (with the CSRF token) comes later. */
    private static Verzoek post(String pad, Sessie sessie) {
        return Verzoek.van("POST", pad).naam(pad).header("Cookie", sessie.cookie());
    }

    static String formulier(Map<String, String> velden, String csrf) {
        Map<String, String> alle = new LinkedHashMap<>(velden);
        if (csrf != null) {
            alle.put("_csrf", csrf);
        }
        return alle.entrySet().stream().map(e -> codeer(e.getKey()) + "=" + codeer(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String codeer(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    private static String kort(String waarde) {
        return waarde.length() > 20 ? waarde.substring(0, 20) + "…(" + waarde.length() + ")" : waarde;
    }
}
