package nl.midoffice.simulator.vergunningen.api;

/** The referentie was used before for an application with other content: answered with 409. */
class ReferentieConflictException extends RuntimeException {

    ReferentieConflictException(String referentie, String bestaandId) {
        super("Er is al een aanvraag met referentie " + referentie + " en een andere inhoud (id " + bestaandId
                + "). Gebruik een nieuwe referentie, of stuur exact dezelfde aanvraag.");
    }
}
