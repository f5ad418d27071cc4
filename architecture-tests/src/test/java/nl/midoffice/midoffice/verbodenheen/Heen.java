package nl.midoffice.midoffice.verbodenheen;

import nl.midoffice.midoffice.verbodenterug.Terug;

/** With {@link Terug}, a cycle between two feature packages, on purpose. */
public class Heen {

    public Terug terug() {
        return new Terug();
    }
}
