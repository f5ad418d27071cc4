package nl.midoffice.midoffice.aanvraag;

import java.util.List;

/** The request breaks the rules; answered with 400 and every invalid field, and nothing is stored. */
public class OngeldigeAanvraagException extends RuntimeException {

    private final List<InvalidParam> invalidParams;

    public OngeldigeAanvraagException(List<InvalidParam> invalidParams) {
        super("Invalid aanvraag: " + invalidParams.stream().map(InvalidParam::name).toList());
        this.invalidParams = List.copyOf(invalidParams);
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
