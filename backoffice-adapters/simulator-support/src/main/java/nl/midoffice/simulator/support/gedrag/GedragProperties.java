package nl.midoffice.simulator.support.gedrag;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;

/**
 * The failure-mode settings every simulator shares; they sit under the simulator's own {@code simulator.*}.
 *
 * @param standaardVertragingMs delay in TRAAG mode when the control API names none
 *                              ({@code simulator.standaard-vertraging-ms})
 * @param gedrag                where the failure mode applies ({@code simulator.gedrag.*})
 */
@ConfigurationProperties(prefix = "simulator")
public record GedragProperties(
        @DefaultValue("2000") long standaardVertragingMs,
        @DefaultValue Toepassing gedrag) {

    /**
     * @param paden    the protocol endpoints, as servlet URL patterns ({@code /zds/*} is everything below
     *                 {@code /zds}); required, and never the control API, or STORING could not be switched off
     * @param volgorde the filter's place among the servlet filters; by default last, after Spring Security
     */
    public record Toepassing(
            @DefaultValue List<String> paden,
            @DefaultValue("" + Ordered.LOWEST_PRECEDENCE) int volgorde) {

        public Toepassing {
            paden = List.copyOf(paden);
            if (paden.isEmpty()) {
                throw new IllegalArgumentException("simulator.gedrag.paden is leeg: noem de protocol-endpoints"
                        + " waarop de storingsmodus werkt, bijvoorbeeld /zds/*");
            }
            for (String pad : paden) {
                if (!pad.startsWith("/") || pad.contains("**") || pad.equals("/") || pad.equals("/*")
                        || pad.startsWith("/simulator")) {
                    throw new IllegalArgumentException("simulator.gedrag.paden: '" + pad + "' is geen servlet-URL-patroon"
                            + " van een protocol-endpoint; schrijf bijvoorbeeld /zds/* (alles onder /zds)");
                }
            }
        }
    }
}
