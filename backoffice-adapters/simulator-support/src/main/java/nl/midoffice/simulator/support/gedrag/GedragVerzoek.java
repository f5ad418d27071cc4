package nl.midoffice.simulator.support.gedrag;

/** Body of PUT /simulator/gedrag; loose types so that bad values get a readable 400, not a parse error. */
record GedragVerzoek(String modus, Long vertragingMs, Double foutkans) {
}
