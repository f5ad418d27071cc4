package nl.midoffice.camel;

import org.apache.camel.Ordered;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.ComponentCustomizer;

/**
 * How every transacted queue consumer ({@code jms:queue:...?transacted=true}) takes a message and sends what follows
 * from it: in <em>one</em> local JMS transaction on the session that received the message.
 * <p>
 * Camel's default for {@code transacted=true} is to create a {@code JmsTransactionManager} of its own. Together with
 * consumer caching ({@code CACHE_CONSUMER}, which we need: without it a transacted consumer is recreated for every
 * message) Spring's listener container then receives on its own cached session and commits that one first, while the
 * route's sends go through the transaction manager's <em>second</em> session, committed a moment later. A process
 * killed between the two commits has acknowledged the message it received but never sent the message that follows
 * from it: a command consumed, no result, nothing to redeliver (the loss CrashIT saw now and then). Without the
 * transaction manager the container exposes its receiving session to the route, so the sends join it and one commit
 * covers both.
 */
public final class EenJmsTransactie {

    private EenJmsTransactie() {
    }

    /** Receive and send in one local transaction; cache the consumer. */
    public static void toepassen(JmsComponent jms) {
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
    }

    /**
     * Applies {@link #toepassen(JmsComponent)} to every JMS component of the Camel context, last: the starter's own
     * customizer copies every {@code camel.component.jms.*} value, defaults included ({@code
     * lazyCreateTransactionManager=true}), and customizers of equal order run in no fixed order.
     */
    static ComponentCustomizer customizer() {
        return ComponentCustomizer.builder(JmsComponent.class).withOrder(Ordered.LOWEST)
                .build(EenJmsTransactie::toepassen);
    }
}
