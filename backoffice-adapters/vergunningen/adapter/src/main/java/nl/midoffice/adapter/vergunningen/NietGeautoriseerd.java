package nl.midoffice.adapter.vergunningen;

/** A callback whose URL does not prove its aanvraag: answered 403, nothing published. */
class NietGeautoriseerd extends RuntimeException {

    NietGeautoriseerd(String message) {
        super(message);
    }
}
