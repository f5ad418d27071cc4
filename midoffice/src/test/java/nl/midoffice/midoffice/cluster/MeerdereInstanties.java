package nl.midoffice.midoffice.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Base of the tests with several mid-office instances: one {@link GedeeldeInfrastructuur} per test class. */
abstract class MeerdereInstanties {

    static GedeeldeInfrastructuur infra;

    @BeforeAll
    static void infrastructuur() throws Exception {
        infra = GedeeldeInfrastructuur.start();
    }

    @AfterAll
    static void opruimen() throws Exception {
        infra.close();
    }

    static boolean voertAllesUit(ConfigurableApplicationContext instantie) {
        return Uitvoeringen.JOBS.stream().allMatch(job -> loopt(instantie, job));
    }

    static boolean voertNietsUit(ConfigurableApplicationContext instantie) {
        return Uitvoeringen.JOBS.stream().noneMatch(job -> loopt(instantie, job));
    }

    /** The job's own gauge on that instance. */
    static boolean loopt(ConfigurableApplicationContext instantie, String job) {
        Gauge gauge = instantie.getBean(MeterRegistry.class).find("midoffice.singleton.job").tag("job", job).gauge();
        return gauge != null && gauge.value() == 1.0;
    }
}
