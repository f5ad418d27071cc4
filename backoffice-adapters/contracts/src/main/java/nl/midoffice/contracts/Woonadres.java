package nl.midoffice.contracts;

/**
 * An address in the canonical model, as the BRP and the legacy suite's copy both describe it.
 *
 * @param postcode  in one spelling: four digits and two capitals, no space ({@code 1234AB})
 */
public record Woonadres(
        String straat,
        Integer huisnummer,
        String huisletter,
        String huisnummertoevoeging,
        String postcode,
        String woonplaats) {
}
