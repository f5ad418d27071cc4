package nl.midoffice.midoffice.verbodenterug;

import nl.midoffice.midoffice.verbodenheen.Heen;

/** With {@link Heen}, a cycle between two feature packages, on purpose. */
public class Terug {

    public Heen heen() {
        return new Heen();
    }
}
