package nl.midoffice.simulator.brp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds BRP API requests for the tests. */
public final class Bevragen {

    public static final String PAD = "/haalcentraal/api/brp/personen";

    private Bevragen() {
    }

    public static MockHttpServletRequestBuilder personen(String json) {
        return post(PAD).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** A RaadpleegMetBurgerservicenummer body with the given numbers and field paths. */
    public static String raadpleeg(String[] bsns, String... fields) {
        return "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"burgerservicenummer\":" + lijst(bsns)
                + ",\"fields\":" + lijst(fields) + "}";
    }

    public static String raadpleeg(String bsn, String... fields) {
        return raadpleeg(new String[] {bsn}, fields);
    }

    public static String[] bsns(String... bsns) {
        return bsns;
    }

    private static String lijst(String[] waarden) {
        return Arrays.stream(waarden).map(w -> "\"" + w + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
