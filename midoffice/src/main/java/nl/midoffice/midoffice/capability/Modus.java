package nl.midoffice.midoffice.capability;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How far a capability has moved from the legacy suite to its new system (docs/architecture.md). */
public enum Modus {
    /** The legacy system alone. */
    LEGACY,
    /** The legacy system answers; the new system gets the same call, its answer is compared and never used. */
    SHADOW,
    /** The new system alone. */
    NEW;

    /**
     * Exactly one of the names: Jackson on its own also takes a number (the enum's position) and a name with control
     * characters around it (it trims), and a switch of a live system must not happen by accident.
     */
    @JsonCreator
    public static Modus van(String naam) {
        for (Modus modus : values()) {
            if (modus.name().equals(naam)) {
                return modus;
            }
        }
        throw new IllegalArgumentException("Unknown modus");
    }
}
