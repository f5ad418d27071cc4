package nl.midoffice.midoffice.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Route;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Says where each singleton job runs: a log line with the instance's name whenever this instance starts or stops one
 * ("Instance mo-1 runs singleton job midoffice.herstel"), and the gauge {@code midoffice_singleton_job{job}}, 1 while
 * it runs here. Both follow the job's route, not the election, so they show what actually ran. {@link SingletonJobs}
 * registers it with Camel (declared as a Spring bean it was never registered, unlike the trace's notifier).
 */
class SingletonJobMonitor extends EventNotifierSupport {

    private static final Logger log = LoggerFactory.getLogger(SingletonJobMonitor.class);

    private final String instantie;
    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> actief = new ConcurrentHashMap<>();

    SingletonJobMonitor(ClusterProperties cluster, MeterRegistry meters) {
        this.instantie = cluster.instantie();
        this.meters = meters;
        setIgnoreCamelContextEvents(true);
        setIgnoreExchangeEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.RouteAddedEvent || event instanceof CamelEvent.RouteStartedEvent
                || event instanceof CamelEvent.RouteStoppedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Route route = ((CamelEvent.RouteEvent) event).getRoute();
        if (route.getRoutePolicyList().stream().noneMatch(ClusteredRoutePolicy.class::isInstance)) {
            return;
        }
        AtomicInteger gauge = actief.computeIfAbsent(route.getRouteId(), job -> {
            AtomicInteger waarde = new AtomicInteger();
            Gauge.builder("midoffice.singleton.job", waarde, AtomicInteger::get)
                    .description("1 while this instance runs the singleton job").tag("job", job).register(meters);
            return waarde;
        });
        if (event instanceof CamelEvent.RouteStartedEvent) {
            gauge.set(1);
            log.info("Instance {} runs singleton job {}", instantie, route.getRouteId());
        } else if (event instanceof CamelEvent.RouteStoppedEvent && gauge.getAndSet(0) == 1) {
            log.info("Instance {} stopped singleton job {}", instantie, route.getRouteId());
        }
    }

}
