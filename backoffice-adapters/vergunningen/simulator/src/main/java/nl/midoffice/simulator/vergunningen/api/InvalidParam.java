package nl.midoffice.simulator.vergunningen.api;

/**
 * One wrong field, in the shape of the NL API design rules and the ZGW APIs.
 *
 * @param name   path of the field, e.g. {@code aanvrager.woonadres.postcode}
 * @param code   {@code required}, {@code invalid}, {@code max_length} or {@code out_of_range}
 * @param reason what is wrong, in Dutch, without echoing the value (it may be a BSN)
 */
record InvalidParam(String name, String code, String reason) {
}
