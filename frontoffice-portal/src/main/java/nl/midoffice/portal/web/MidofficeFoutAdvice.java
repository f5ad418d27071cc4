package nl.midoffice.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.midoffice.portal.midoffice.AanvraagNietGevondenException;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;

/**
 * Turns mid-office failures on read pages into friendly Dutch pages. Forms handle their own
 * failures, because they must keep what the citizen typed.
 */
@ControllerAdvice
class MidofficeFoutAdvice {

    @ExceptionHandler(AanvraagNietGevondenException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden() {
        return "error/404";
    }

    // Already logged by the client with status and path; the cause may hold a response body, so it is not logged again.
    @ExceptionHandler(MidofficeNietBeschikbaarException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String nietBeschikbaar() {
        return "fout/niet-beschikbaar";
    }
}
