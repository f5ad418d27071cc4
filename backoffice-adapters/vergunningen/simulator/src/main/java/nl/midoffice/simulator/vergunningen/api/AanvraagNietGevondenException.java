package nl.midoffice.simulator.vergunningen.api;

/** No application with this id (perhaps wiped through the control API): answered with 404. */
class AanvraagNietGevondenException extends RuntimeException {

    AanvraagNietGevondenException(String id) {
        super("Er is geen aanvraag met id " + id + ".");
    }
}
