package nl.midoffice.adapter.vergunningen;

/** A callback without the agreed credential: answered 401, nothing published. */
class NietGeautoriseerd extends RuntimeException {

    NietGeautoriseerd(String message) {
        super(message);
    }
}
