package nl.midoffice.adapter.vergunningen;

import java.time.LocalDate;

/**
 * The body the vergunningen service POSTs to the callback URL once it has decided. {@code id} is the service's own
 * id of the application and stays the same on every delivery attempt.
 *
 * @param besluit {@code VERLEEND} or {@code AFGEWEZEN}
 * @param reden   the service's reason, in Dutch
 */
record Besluitbericht(String id, String referentie, String besluit, String reden, String vergunningnummer,
        LocalDate geldigVanaf, LocalDate geldigTot, LocalDate besluitdatum) {

    static final String VERLEEND = "VERLEEND";
    static final String AFGEWEZEN = "AFGEWEZEN";
}
