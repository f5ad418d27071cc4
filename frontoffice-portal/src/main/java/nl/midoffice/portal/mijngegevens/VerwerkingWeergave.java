package nl.midoffice.portal.mijngegevens;

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.midoffice.portal.midoffice.Verwerking;

/**
 * The mid-office's Verwerkingenlogging records in plain Dutch: which data ("uw naam en adres"), what was done
 * with it, how long it is kept. Templates call it as {@code @verwerkingWeergave}. Unknown codes are shown as they
 * are, so something the mid-office adds later still reads.
 */
@Component("verwerkingWeergave")
public class VerwerkingWeergave {

    /** BRP field groups (Haal Centraal names) as a citizen calls them. */
    private static final Map<String, String> SOORTEN = Map.ofEntries(
            Map.entry("naam", "naam"),
            Map.entry("verblijfplaats", "adres"),
            Map.entry("adres", "adres"),
            Map.entry("adressering", "adres"),
            Map.entry("geboorte", "geboortedatum"),
            Map.entry("geboortedatum", "geboortedatum"),
            Map.entry("leeftijd", "leeftijd"),
            Map.entry("burgerservicenummer", "burgerservicenummer"),
            Map.entry("geslacht", "geslacht"),
            Map.entry("gemeenteVanInschrijving", "gemeente van inschrijving"),
            Map.entry("nationaliteiten", "nationaliteit"),
            Map.entry("partners", "partner"),
            Map.entry("kinderen", "kinderen"),
            Map.entry("ouders", "ouders"),
            Map.entry("overlijden", "overlijden"),
            // the legacy suite's StUF-BG element names
            Map.entry("inp.bsn", "burgerservicenummer"),
            Map.entry("voornamen", "naam"),
            Map.entry("voorvoegselGeslachtsnaam", "naam"),
            Map.entry("geslachtsnaam", "naam"),
            Map.entry("verblijfsadres", "adres"),
            Map.entry("inp.gemeenteVanInschrijving", "gemeente van inschrijving"));

    /** Activities that only read; for these the sentence says "bekeken". */
    private static final Set<String> LEZEN = Set.of("raadplegen", "opvragen", "inzien", "lezen", "bevragen");

    /** "naam en adres", "naam, geboortedatum en adres". */
    public String soorten(List<String> soorten) {
        List<String> woorden = new ArrayList<>(new LinkedHashSet<>(
                soorten.stream().map(s -> SOORTEN.getOrDefault(s, s)).toList()));
        if (woorden.isEmpty()) {
            return "gegevens";
        }
        if (woorden.size() == 1) {
            return woorden.get(0);
        }
        return String.join(", ", woorden.subList(0, woorden.size() - 1)) + " en " + woorden.get(woorden.size() - 1);
    }

    /** "De gemeente Bergdal heeft uw naam en adres bekeken, voor: verhuizing behandelen." */
    public String zin(Verwerking verwerking) {
        String wie = leegAls(verwerking.verwerkendeOrganisatie(), "De gemeente");
        String actie = verwerking.actieNaam() == null ? "" : verwerking.actieNaam().strip().toLowerCase(Locale.ROOT);
        boolean gelezen = actie.isEmpty() || LEZEN.stream().anyMatch(actie::contains)
                || actie.contains("opgevraagd") || actie.contains("geraadpleegd");
        String zin = wie + " heeft uw " + soorten(verwerking.soortenGegevens()) + (gelezen ? " bekeken" : " verwerkt");
        String doel = verwerking.doel() == null ? "" : verwerking.doel().strip();
        while (doel.endsWith(".")) {
            doel = doel.substring(0, doel.length() - 1);
        }
        return doel.isEmpty() ? zin + "." : zin + ", met als doel: " + doel + ".";
    }

    /** Where the data came from, in words: the BRP, or the municipality's own copy in its case system. */
    public String bron(String systeem) {
        if (systeem == null || systeem.isBlank()) {
            return "";
        }
        return switch (systeem) {
            case "brp" -> "de Basisregistratie Personen (BRP)";
            case "legacy-suite" -> "de eigen registratie van de gemeente (zaaksysteem)";
            default -> systeem;
        };
    }

    /** An ISO-8601 period ({@code P20Y}, {@code P6M}) in words; any other text as it is. */
    public String bewaartermijn(String termijn) {
        if (termijn == null || termijn.isBlank()) {
            return "Niet opgegeven";
        }
        try {
            Period periode = Period.parse(termijn.strip());
            List<String> delen = new ArrayList<>();
            voegToe(delen, periode.getYears(), "jaar", "jaar");
            voegToe(delen, periode.getMonths(), "maand", "maanden");
            voegToe(delen, periode.getDays(), "dag", "dagen");
            return delen.isEmpty() ? termijn : String.join(" en ", delen);
        } catch (DateTimeParseException geenPeriode) {
            return termijn;
        }
    }

    /** {@code NORMAAL}, {@code zeer_vertrouwelijk} read as "Normaal", "Zeer vertrouwelijk". */
    public String vertrouwelijkheid(String code) {
        if (code == null || code.isBlank()) {
            return "Niet opgegeven";
        }
        String tekst = code.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** Newest first, whatever order the mid-office used; records without a readable time go last. */
    List<Verwerking> nieuwsteEerst(List<Verwerking> verwerkingen) {
        return verwerkingen.stream()
                .sorted(Comparator.comparing((Verwerking v) -> tijd(v.tijdstip()),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static OffsetDateTime tijd(String iso) {
        try {
            return iso == null ? null : OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void voegToe(List<String> delen, int aantal, String enkelvoud, String meervoud) {
        if (aantal > 0) {
            delen.add(aantal + " " + (aantal == 1 ? enkelvoud : meervoud));
        }
    }

    private static String leegAls(String waarde, String anders) {
        return waarde == null || waarde.isBlank() ? anders : waarde.strip();
    }
}
