package nl.midoffice.demo;

import java.util.List;
import java.util.stream.Collectors;

/** The app would run with a missing secret or a published demo one; it does not start. Values are never shown. */
public class OnveiligeConfiguratie extends RuntimeException {

    /**
     * @param eigenschap   the property
     * @param omgeving     the environment variable that sets it
     * @param gepubliceerd true: it holds a published demo value; false: it is missing
     */
    public record Bevinding(String eigenschap, String omgeving, boolean gepubliceerd) {

        String uitleg() {
            return eigenschap + " (" + omgeving + ") " + (gepubliceerd
                    ? "is a published demo value" : "is not set");
        }
    }

    private final List<Bevinding> bevindingen;

    OnveiligeConfiguratie(List<Bevinding> bevindingen) {
        super("Refusing to start outside the '" + DemoProfiel.NAAM + "' profile: " + bevindingen.stream()
                .map(Bevinding::uitleg).collect(Collectors.joining("; ")));
        this.bevindingen = List.copyOf(bevindingen);
    }

    public List<Bevinding> bevindingen() {
        return bevindingen;
    }
}
