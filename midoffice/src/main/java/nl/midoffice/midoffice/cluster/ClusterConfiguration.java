package nl.midoffice.midoffice.cluster;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/**
 * The JDBC leader election ({@link JdbcClusterService}), unless {@code midoffice.cluster.leiderverkiezing=CAMEL}
 * leaves the choice to a cluster service the application adds itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "midoffice.cluster.leiderverkiezing", havingValue = "JDBC", matchIfMissing = true)
class ClusterConfiguration {

    static final String REGIO = "midoffice";

    /**
     * The lock rows carry the instance's name, with a random suffix: two processes given the same name by mistake
     * must still not both hold a job.
     */
    @Bean
    DefaultLockRepository midofficeLockRepository(DataSource dataSource, ClusterProperties cluster) {
        String naam = cluster.instantie().length() > 80 ? cluster.instantie().substring(0, 80) : cluster.instantie();
        byte[] willekeurig = new byte[4];
        ThreadLocalRandom.current().nextBytes(willekeurig);
        DefaultLockRepository repository = new DefaultLockRepository(dataSource,
                naam + "/" + HexFormat.of().formatHex(willekeurig));
        repository.setRegion(REGIO);
        // a follower's try must not log a unique-key violation in PostgreSQL every second
        repository.setInsertQuery(repository.getInsertQuery() + " ON CONFLICT DO NOTHING");
        return repository;
    }

    @Bean
    JdbcLockRegistry midofficeLockRegistry(DefaultLockRepository repository, ClusterProperties cluster) {
        JdbcLockRegistry registry = new JdbcLockRegistry(repository, cluster.lease());
        registry.setIdleBetweenTries(cluster.lease().dividedBy(10));
        return registry;
    }

    @Bean
    JdbcClusterService midofficeClusterService(JdbcLockRegistry locks, ClusterProperties cluster) {
        return new JdbcClusterService(locks, cluster.instantie(), cluster.lease());
    }
}
