package nl.midoffice.midoffice.cluster;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What each instance's singleton jobs actually did: every exchange of a job's route, with the instance, the job and
 * when it started and ended, as the instance's own Camel reports it.
 */
final class Uitvoeringen {

    static final Set<String> JOBS = Set.of("midoffice.zaakstatus-pollen", "midoffice.herstel",
            "midoffice.zaakreplicatie", "midoffice.verkeersgenerator", "midoffice.outbox-opruimen",
            "zaken.notificaties-abonneren");

    record Uitvoering(String instantie, String job, long start, long einde) {
    }

    private final List<Uitvoering> alle = new CopyOnWriteArrayList<>();

    /** Starts recording the jobs of {@code instantie}. */
    void volg(String instantie, ConfigurableApplicationContext context) {
        CamelContext camel = context.getBean(CamelContext.class);
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
            }

            @Override
            public void notify(CamelEvent event) {
                Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
                if (JOBS.contains(exchange.getFromRouteId())) {
                    alle.add(new Uitvoering(instantie, exchange.getFromRouteId(), exchange.getClock().getCreated(),
                            System.currentTimeMillis()));
                }
            }
        });
    }

    List<Uitvoering> van(String instantie, String job) {
        return alle.stream().filter(u -> u.instantie().equals(instantie) && u.job().equals(job)).toList();
    }

    long laatsteEinde(String instantie, String job) {
        return van(instantie, job).stream().mapToLong(Uitvoering::einde).max().orElse(Long.MIN_VALUE);
    }

    long eersteStart(String instantie, String job) {
        return van(instantie, job).stream().mapToLong(Uitvoering::start).min().orElse(Long.MAX_VALUE);
    }
}
