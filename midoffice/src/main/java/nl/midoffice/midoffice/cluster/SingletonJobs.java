package nl.midoffice.midoffice.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The route policy of a job that must run on one instance at a time: Camel's {@link ClusteredRoutePolicy} starts the
 * route on the instance the cluster service elects for it and stops it when that instance loses the election. Each
 * job is its own namespace (its route id), so jobs are elected independently and may run on different instances.
 */
@Component
public class SingletonJobs {

    /** The Camel registry name of the zaken adapter's subscription policy ({@code application.yaml}). */
    static final String ZAKEN_ABONNEREN = "zakenAbonnerenPolicy";

    private final CamelContext camel;

    SingletonJobs(CamelContext camel, ClusterProperties cluster, MeterRegistry meters) {
        this.camel = camel;
        camel.getManagementStrategy().addEventNotifier(new SingletonJobMonitor(cluster, meters));
    }

    /**
     * The start of a singleton job's route: a timer ({@code period} ms, first after a second) named after the
     * route, and the route's policy.
     */
    public RouteDefinition timer(RouteBuilder routes, String routeId, long period) {
        return routes.from("timer:" + routeId + "?delay=1000&period=" + period).routeId(routeId)
                .routePolicy(policy(routeId));
    }

    /** The policy for the route {@code routeId}; one policy per route. */
    public RoutePolicy policy(String routeId) {
        try {
            return ClusteredRoutePolicy.forNamespace(camel, routeId);
        } catch (Exception e) {
            throw new IllegalStateException("No cluster service for the singleton job " + routeId, e);
        }
    }

    /** The zaken adapter knows no mid-office class: it finds its subscription route's policy by name. */
    @Bean(ZAKEN_ABONNEREN)
    static RoutePolicy zakenAbonnerenPolicy(SingletonJobs jobs) {
        return jobs.policy("zaken.notificaties-abonneren");
    }
}
