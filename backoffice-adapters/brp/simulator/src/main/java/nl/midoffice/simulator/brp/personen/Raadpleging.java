package nl.midoffice.simulator.brp.personen;

import java.util.List;

/**
 * A valid RaadpleegMetBurgerservicenummer question.
 *
 * @param burgerservicenummers the asked numbers, duplicates removed, in the asked order
 * @param fields               the asked field paths
 * @param gemeenteVanInschrijving when given, only persons registered in this municipality are delivered
 */
record Raadpleging(List<String> burgerservicenummers, List<String> fields, String gemeenteVanInschrijving) {
}
