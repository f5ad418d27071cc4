package nl.midoffice.midoffice.aanvraag;

import java.util.List;

import org.springframework.http.HttpStatus;

import nl.midoffice.midoffice.api.ApiProbleem;
import nl.midoffice.midoffice.api.InvalidParam;

/** The request breaks the rules; answered with 400 and every invalid field, and nothing is stored. */
public class OngeldigeAanvraagException extends ApiProbleem {

    public OngeldigeAanvraagException(List<InvalidParam> invalidParams) {
        super("Invalid aanvraag: " + invalidParams.stream().map(InvalidParam::name).toList(), HttpStatus.BAD_REQUEST,
                "De aanvraag is niet volledig of niet juist ingevuld.", invalidParams);
    }
}
