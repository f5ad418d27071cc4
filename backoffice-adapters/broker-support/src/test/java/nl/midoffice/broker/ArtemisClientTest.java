package nl.midoffice.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;

class ArtemisClientTest {

    private final ArtemisClient client = new ArtemisClient(new HerverbindenProperties(-1, Duration.ofMillis(500)));

    @Test
    void overTcpTheClientReconnectsForEverAndEveryConnectionReportsItsLossAndReturn() {
        var artemis = new ActiveMQConnectionFactory("tcp://localhost:61626?reconnectAttempts=0");
        var caching = new CachingConnectionFactory(artemis);

        caching.setSessionCacheSize(7);
        caching.setCacheConsumers(false);

        Object bean = client.postProcessBeforeInitialization(caching, "jmsConnectionFactory");

        assertThat(artemis.getReconnectAttempts()).isEqualTo(-1);
        assertThat(artemis.getRetryInterval()).isEqualTo(500);
        assertThat(artemis.getMaxRetryInterval()).isEqualTo(500);
        assertThat(artemis.getConsumerWindowSize()).isZero();
        assertThat(bean).isInstanceOfSatisfying(VerbindingsMelder.class, melder -> {
            assertThat(melder.getTargetConnectionFactory()).isSameAs(artemis);
            assertThat(melder.getSessionCacheSize()).isEqualTo(7);
            assertThat(melder.isCacheConsumers()).isFalse();
        });
    }

    @Test
    void byDefaultTheClientLeavesReconnectingToSpringButStillReports() {
        var artemis = new ActiveMQConnectionFactory("tcp://localhost:61626");

        Object bean = new ArtemisClient(new HerverbindenProperties(0, Duration.ofMillis(500)))
                .postProcessBeforeInitialization(new CachingConnectionFactory(artemis), "jmsConnectionFactory");

        assertThat(artemis.getReconnectAttempts()).isZero();
        assertThat(artemis.getConsumerWindowSize()).isZero();
        assertThat(bean).isInstanceOf(VerbindingsMelder.class);
    }

    @Test
    void inVmTheConnectionDiesWithItsBrokerSoOnlyTheConsumerWindowIsSet() {
        var artemis = new ActiveMQConnectionFactory("vm://0");
        var caching = new CachingConnectionFactory(artemis);

        Object bean = client.postProcessBeforeInitialization(caching, "jmsConnectionFactory");

        assertThat(artemis.getReconnectAttempts()).isZero();
        assertThat(artemis.getConsumerWindowSize()).isZero();
        assertThat(bean).isSameAs(caching);
    }
}
