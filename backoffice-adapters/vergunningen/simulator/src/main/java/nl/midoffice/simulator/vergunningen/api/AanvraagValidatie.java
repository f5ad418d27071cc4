package nl.midoffice.simulator.vergunningen.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagGegevens;
import nl.midoffice.simulator.vergunningen.aanvraag.Aanvrager;
import nl.midoffice.simulator.vergunningen.aanvraag.Adres;
import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.vergunningen.aanvraag.Kenteken;

/**
 * The contract of POST /api/v1/aanvragen: checks every field, collects all faults (a caller fixes
 * them in one go), and turns a valid request into normalised {@link AanvraagGegevens}.
 */
@Component
class AanvraagValidatie {

    static final Pattern REFERENTIE = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");
    static final Pattern GEMEENTECODE = Pattern.compile("\\d{4}");
    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    static final Pattern HUISLETTER = Pattern.compile("[A-Za-z]");
    static final Pattern TOEVOEGING = Pattern.compile("[A-Za-z0-9]{1,4}");
    /** Visible ASCII and spaces only: a header value must not smuggle in a line break. */
    static final Pattern HEADERWAARDE = Pattern.compile("[\\x20-\\x7E]+");
    static final int MAX_URL = 2000;
    static final int MAX_AUTH = 4000;

    private final Clock clock;

    AanvraagValidatie(Clock clock) {
        this.clock = clock;
    }

    AanvraagGegevens valideer(AanvraagVerzoek v) {
        Fouten f = new Fouten();
        f.patroon("referentie", v.referentie(), REFERENTIE, "moet 1 tot 100 tekens zijn: letters, cijfers en . _ : / -");
        f.patroon("gemeente", v.gemeente(), GEMEENTECODE, "moet een gemeentecode van 4 cijfers zijn");
        Aanvrager aanvrager = aanvrager(v.aanvrager(), f);
        Optional<Kenteken> kenteken = Optional.empty();
        if (f.verplicht("kenteken", v.kenteken())) {
            kenteken = Kenteken.lees(v.kenteken());
            if (kenteken.isEmpty()) {
                f.fout("kenteken", "invalid", "is geen Nederlands kenteken (sidecode 1 tot en met 14)");
            }
        }
        LocalDate ingangsdatum = ingangsdatum(v.ingangsdatum(), f);
        URI callbackUrl = callbackUrl(v.callbackUrl(), f);
        if (v.callbackAuth() != null) {
            if (v.callbackAuth().length() > MAX_AUTH) {
                f.fout("callbackAuth", "max_length", "mag hoogstens " + MAX_AUTH + " tekens zijn");
            } else if (v.callbackAuth().isBlank() || !HEADERWAARDE.matcher(v.callbackAuth()).matches()) {
                f.fout("callbackAuth", "invalid", "moet een geldige waarde voor de Authorization-header zijn");
            }
        }
        if (!f.lijst.isEmpty()) {
            throw new OngeldigeAanvraagException(f.lijst);
        }
        return new AanvraagGegevens(v.referentie(), v.gemeente(), aanvrager, kenteken.orElseThrow(), ingangsdatum,
                callbackUrl, v.callbackAuth());
    }

    private static Aanvrager aanvrager(AanvraagVerzoek.AanvragerVerzoek a, Fouten f) {
        if (a == null) {
            f.fout("aanvrager", "required", "is verplicht");
            return null;
        }
        if (f.verplicht("aanvrager.bsn", a.bsn()) && !Bsn.isGeldig(a.bsn())) {
            f.fout("aanvrager.bsn", "invalid", "moet 9 cijfers zijn en voldoen aan de 11-proef");
        }
        f.patroon("aanvrager.gemeenteVanInschrijving", a.gemeenteVanInschrijving(), GEMEENTECODE,
                "moet een gemeentecode van 4 cijfers zijn");
        AanvraagVerzoek.AdresVerzoek adres = a.woonadres();
        if (adres == null) {
            f.fout("aanvrager.woonadres", "required", "is verplicht");
            return null;
        }
        f.patroon("aanvrager.woonadres.postcode", adres.postcode(), POSTCODE,
                "moet 4 cijfers (niet beginnend met 0) en 2 hoofdletters zijn, zonder spatie, zoals 1234AB");
        if (adres.huisnummer() == null) {
            f.fout("aanvrager.woonadres.huisnummer", "required", "is verplicht");
        } else if (adres.huisnummer() < 1 || adres.huisnummer() > 99999) {
            f.fout("aanvrager.woonadres.huisnummer", "out_of_range", "moet tussen 1 en 99999 liggen");
        }
        if (adres.huisletter() != null && !HUISLETTER.matcher(adres.huisletter()).matches()) {
            f.fout("aanvrager.woonadres.huisletter", "invalid", "moet één letter zijn");
        }
        if (adres.huisnummertoevoeging() != null && !TOEVOEGING.matcher(adres.huisnummertoevoeging()).matches()) {
            f.fout("aanvrager.woonadres.huisnummertoevoeging", "invalid", "moet 1 tot 4 letters of cijfers zijn");
        }
        if (!f.lijst.isEmpty()) {
            return null;
        }
        return new Aanvrager(a.bsn(), new Adres(adres.postcode(), adres.huisnummer(), adres.huisletter(),
                adres.huisnummertoevoeging()), a.gemeenteVanInschrijving());
    }

    /** Not more than a day back (a form sent just before midnight) and at most three months ahead. */
    private LocalDate ingangsdatum(String tekst, Fouten f) {
        if (!f.verplicht("ingangsdatum", tekst)) {
            return null;
        }
        LocalDate datum;
        try {
            datum = LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            f.fout("ingangsdatum", "invalid", "moet een datum zijn in de vorm JJJJ-MM-DD");
            return null;
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum.isBefore(vandaag.minusDays(1)) || datum.isAfter(vandaag.plusMonths(3))) {
            f.fout("ingangsdatum", "out_of_range", "mag hoogstens 1 dag in het verleden en 3 maanden in de toekomst liggen");
        }
        return datum;
    }

    private static URI callbackUrl(String tekst, Fouten f) {
        if (!f.verplicht("callbackUrl", tekst)) {
            return null;
        }
        if (tekst.length() > MAX_URL) {
            f.fout("callbackUrl", "max_length", "mag hoogstens " + MAX_URL + " tekens zijn");
            return null;
        }
        try {
            URI uri = new URI(tekst);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other unusable URL
        }
        f.fout("callbackUrl", "invalid", "moet een absolute http- of https-URL zijn");
        return null;
    }

    /** Collects faults; each check returns whether the value is there, so later checks can be skipped. */
    private static final class Fouten {
        final List<InvalidParam> lijst = new ArrayList<>();

        void fout(String naam, String code, String reden) {
            lijst.add(new InvalidParam(naam, code, reden));
        }

        boolean verplicht(String naam, String waarde) {
            if (waarde == null || waarde.isBlank()) {
                fout(naam, "required", "is verplicht");
                return false;
            }
            return true;
        }

        void patroon(String naam, String waarde, Pattern patroon, String reden) {
            if (verplicht(naam, waarde) && !patroon.matcher(waarde).matches()) {
                fout(naam, "invalid", reden);
            }
        }
    }
}
