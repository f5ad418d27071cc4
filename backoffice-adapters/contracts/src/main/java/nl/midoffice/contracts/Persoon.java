package nl.midoffice.contracts;

import java.util.Objects;

/**
 * A person in the canonical model: what the mid-office needs of a resident, whichever system answered.
 * Personal data: never log it; {@code toString()} prints no BSN or name.
 *
 * @param geboortedatum            ISO date ({@code 1984-05-21}), null when unknown
 * @param gemeenteVanInschrijving  CBS code of the municipality where the person lives, e.g. {@code 9001}
 */
public record Persoon(
        String bsn,
        String voornamen,
        String voorvoegsel,
        String geslachtsnaam,
        String geboortedatum,
        Woonadres adres,
        String gemeenteVanInschrijving) {

    public Persoon {
        Objects.requireNonNull(bsn, "bsn");
    }

    /** "Jan de Vries": first names, prefix and surname as a letter would address the person. */
    public String volledigeNaam() {
        StringBuilder naam = new StringBuilder();
        for (String deel : new String[] {voornamen, voorvoegsel, geslachtsnaam}) {
            if (deel != null && !deel.isBlank()) {
                if (!naam.isEmpty()) {
                    naam.append(' ');
                }
                naam.append(deel.strip());
            }
        }
        return naam.toString();
    }

    @Override
    public String toString() {
        return "Persoon[gemeenteVanInschrijving=" + gemeenteVanInschrijving + "]";
    }
}
