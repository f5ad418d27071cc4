package nl.midoffice.adapter.vergunningen;

/** A callback whose content is not a decision we can read: answered 400, nothing published. */
class OngeldigBesluit extends RuntimeException {

    OngeldigBesluit(String message) {
        super(message);
    }
}
