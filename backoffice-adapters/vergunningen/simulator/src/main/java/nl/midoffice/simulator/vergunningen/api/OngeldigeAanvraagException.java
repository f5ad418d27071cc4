package nl.midoffice.simulator.vergunningen.api;

import java.util.List;

/** Input that breaks the contract: answered with 400 and every wrong field in invalidParams. */
class OngeldigeAanvraagException extends RuntimeException {

    private final transient List<InvalidParam> invalidParams;

    OngeldigeAanvraagException(List<InvalidParam> invalidParams) {
        super("Ongeldige aanvraag: " + invalidParams.stream().map(InvalidParam::name).toList());
        this.invalidParams = List.copyOf(invalidParams);
    }

    List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
