package nl.midoffice.midoffice.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the mid-office instances that share one database elect the instance that runs each singleton job.
 *
 * @param instantie        this instance's name in logs and metrics; default {@code <hostname>-<pid>} (in
 *                         Kubernetes the host name is the pod's name)
 * @param leiderverkiezing {@code JDBC}: a lock row per job in the shared PostgreSQL (table {@code INT_LOCK}); {@code
 *                         CAMEL}: whatever single Camel cluster service the application configures instead (e.g.
 *                         the Kubernetes lease one of {@code camel-kubernetes-cluster-service-starter})
 * @param lease            how long a job's lock outlives its holder: a dead leader's job moves within this time
 */
@ConfigurationProperties("midoffice.cluster")
public record ClusterProperties(
        String instantie,
        @DefaultValue("JDBC") Leiderverkiezing leiderverkiezing,
        @DefaultValue("10s") Duration lease) {

    public enum Leiderverkiezing { JDBC, CAMEL }

    public ClusterProperties {
        if (instantie == null || instantie.isBlank()) {
            instantie = hostnaam() + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        }
        if (lease.toMillis() < 1000) {
            throw new IllegalArgumentException("midoffice.cluster.lease must be at least 1s");
        }
    }

    private static String hostnaam() {
        String omgeving = System.getenv("HOSTNAME");
        if (omgeving != null && !omgeving.isBlank()) {
            return omgeving;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "midoffice";
        }
    }
}
