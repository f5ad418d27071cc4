package nl.midoffice.midoffice.aanvraag;

import java.util.List;

import nl.midoffice.contracts.Bsn;
import nl.midoffice.contracts.Capability;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A move within the municipality: the new address, the date (at most 4 weeks ahead and 5 days back, as
 * the BRP rule for a verhuizing is) and the co-movers by BSN.
 */
@Component
class Verhuizing implements Product {

    static final String ID = "verhuizing";
    static final int DAGEN_TERUG = 5;
    static final int WEKEN_VOORUIT = 4;
    private static final int MAX_MEEVERHUIZERS = 20;

    private final Clock clock;

    Verhuizing() {
        this(Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    Verhuizing(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Capability> stappen() {
        return List.of(Capability.PERSOONSGEGEVENS, Capability.ZAAKREGISTRATIE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void valideer(JsonNode gegevens, Validatie v) {
        v.alleenVelden(gegevens, "gegevens", Set.of("nieuwAdres", "verhuisdatum", "meeverhuizers"));
        JsonNode adres = v.object(gegevens, "gegevens", "nieuwAdres");
        if (adres != null) {
            v.alleenVelden(adres, "gegevens.nieuwAdres", Set.of("postcode", "huisnummer", "huisletter",
                    "huisnummertoevoeging"));
            Adres.valideer(adres, "gegevens.nieuwAdres", true, v);
        }
        LocalDate vandaag = LocalDate.now(clock);
        v.datum(gegevens, "gegevens", "verhuisdatum", vandaag.minusDays(DAGEN_TERUG), vandaag.plusWeeks(WEKEN_VOORUIT),
                "Een verhuizing geeft u door vanaf 4 weken vooraf tot uiterlijk 5 dagen erna.");
        JsonNode meeverhuizers = gegevens.get("meeverhuizers");
        if (meeverhuizers == null || meeverhuizers.isNull()) {
            return;
        }
        if (!meeverhuizers.isArray() || meeverhuizers.size() > MAX_MEEVERHUIZERS) {
            v.fout("gegevens.meeverhuizers", "Geef een lijst van ten hoogste " + MAX_MEEVERHUIZERS
                    + " burgerservicenummers.");
            return;
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < meeverhuizers.size(); i++) {
            JsonNode bsn = meeverhuizers.get(i);
            String veld = "gegevens.meeverhuizers[" + i + "]";
            if (!bsn.isString() || !Bsn.isGeldig(bsn.stringValue())) {
                v.fout(veld, "Dit is geen geldig burgerservicenummer: het voldoet niet aan de elfproef.");
            } else if (!gezien.add(bsn.stringValue())) {
                v.fout(veld, "Deze persoon staat al in de lijst.");
            }
        }
    }

    @Override
    public void valideer(JsonNode gegevens, String aanvragerBsn, Validatie v) {
        valideer(gegevens, v);
        JsonNode meeverhuizers = gegevens.get("meeverhuizers");
        if (aanvragerBsn == null || meeverhuizers == null || !meeverhuizers.isArray()) {
            return;
        }
        for (int i = 0; i < meeverhuizers.size(); i++) {
            if (aanvragerBsn.equals(meeverhuizers.get(i).asString(""))) {
                v.fout("gegevens.meeverhuizers[" + i + "]", "U verhuist zelf al als aanvrager; noem alleen anderen.");
            }
        }
    }

    @Override
    public JsonNode genormaliseerd(JsonNode gegevens) {
        return Adres.postcodeZonderSpatie(gegevens, "nieuwAdres");
    }

    @Override
    public String zaakomschrijving(JsonNode gegevens) {
        return "Verhuizing binnen de gemeente per " + gegevens.path("verhuisdatum").asString();
    }

    @Override
    public String toelichting(JsonNode gegevens) {
        JsonNode adres = gegevens.path("nieuwAdres");
        int mee = gegevens.path("meeverhuizers").size();
        return "Nieuw adres: " + adres.path("postcode").asString() + " " + adres.path("huisnummer").asString()
                + adres.path("huisletter").asString("") + (adres.has("huisnummertoevoeging")
                        ? "-" + adres.path("huisnummertoevoeging").asString() : "")
                + (mee > 0 ? "; " + mee + " meeverhuizer(s)" : "");
    }
}
