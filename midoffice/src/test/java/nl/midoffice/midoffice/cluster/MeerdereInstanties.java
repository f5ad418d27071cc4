package nl.midoffice.midoffice.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
