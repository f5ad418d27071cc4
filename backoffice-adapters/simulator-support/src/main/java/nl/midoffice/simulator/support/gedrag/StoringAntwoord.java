package nl.midoffice.simulator.support.gedrag;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to a protocol call that the failure mode stops, in the error format of the simulator's
 * protocol (a SOAP Fo03, a Haal Centraal or ZGW problem, ...). Every simulator provides one bean; the
 * implementation writes the whole answer: status, headers and body.
 */
public interface StoringAntwoord {

    /** Answers a call in STORING mode with HTTP 503. */
    void storing(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** Answers a call that the foutkans lets fail with HTTP 500. */
    void fout(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
