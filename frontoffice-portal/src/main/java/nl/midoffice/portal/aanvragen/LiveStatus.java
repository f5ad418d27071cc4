package nl.midoffice.portal.aanvragen;

/**
 * What the browser gets for one status change: the mid-office's CloudEvent reduced to what the page shows,
 * with the same Dutch texts as a reload would render ({@link Weergave}).
 */
record LiveStatus(String aanvraagId, String referentie, String status, String statusLabel, String statusUitleg,
        String toelichting, String tijdstip, String tijdstipTekst) {
}
