package nl.midoffice.adapter.zaken;

/**
 * A notification we cannot accept: not JSON, or pointing at URLs outside the configured zaaksysteem (we would
 * send our JWT there). Answered with 400, not retried by us; the zaaksysteem shows the failed delivery.
 */
class OnbekendeNotificatie extends RuntimeException {

    OnbekendeNotificatie(String message) {
        super(message);
    }
}
