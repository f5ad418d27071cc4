package nl.midoffice.midoffice.capability;

/** How far a capability has moved from the legacy suite to its new system (docs/architecture.md). */
public enum Modus {
    /** The legacy system alone. */
    LEGACY,
    /** The legacy system answers; the new system gets the same call, its answer is compared and never used. */
    SHADOW,
    /** The new system alone. */
    NEW
}
