package nl.midoffice.simulator.legacysuite.persoon;

import java.time.LocalDate;

/**
 * A person as the suite's own copy holds one: the StUF-BG NPS elements it can answer, no more.
 *
 * @param voorvoegselGeslachtsnaam e.g. "de", or null
 * @param geslachtsaanduiding      M, V or O
 * @param gemeenteVanInschrijving  gemeentecode, e.g. 9001
 */
public record Persoon(
        String bsn,
        String geslachtsnaam,
        String voorvoegselGeslachtsnaam,
        String voornamen,
        LocalDate geboortedatum,
        String geslachtsaanduiding,
        String gemeenteVanInschrijving,
        Verblijfsadres verblijfsadres) {
}
