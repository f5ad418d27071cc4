package nl.midoffice.simulator.legacysuite.persoon;

/**
 * Where a person lives, in the BAG terms StUF-BG uses.
 *
 * @param identificatie        the nummeraanduiding's identification (16 digits), or null
 * @param postcode             four digits and two letters, no space (StUF-BG Postcode)
 * @param huisletter           or null
 * @param huisnummertoevoeging or null
 */
public record Verblijfsadres(
        String identificatie,
        String woonplaatsNaam,
        String openbareRuimteNaam,
        String postcode,
        int huisnummer,
        String huisletter,
        String huisnummertoevoeging) {
}
