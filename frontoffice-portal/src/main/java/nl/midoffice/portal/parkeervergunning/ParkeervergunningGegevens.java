package nl.midoffice.portal.parkeervergunning;

/** The {@code gegevens} of a parkeervergunning as the mid-office expects them (OpenAPI {@code Parkeervergunning}). */
record ParkeervergunningGegevens(String kenteken, String ingangsdatum) {
}
