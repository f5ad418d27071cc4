package nl.midoffice.simulator.vergunningen.aanvraag;

import nl.midoffice.simulator.support.Bsn;

/** The applicant: who (BSN, never logged), where they live, and where they are registered (BRP). */
public record Aanvrager(String bsn, Adres woonadres, String gemeenteVanInschrijving) {

    @Override
    public String toString() {
        return "Aanvrager[bsn=" + Bsn.gemaskeerd(bsn) + ", woonadres=" + woonadres
                + ", gemeenteVanInschrijving=" + gemeenteVanInschrijving + "]";
    }
}
