package nl.midoffice.midoffice.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.activemq.artemis.core.security.Role;

import nl.midoffice.contracts.Queues;

/**
 * Who may do what on the broker, per address match (Artemis uses the most specific match, it does not add them up).
 * The mid-office (role {@value #MIDOFFICE}) may do everything. An adapter running elsewhere (role {@value #ADAPTER})
 * may consume its command queues ({@code adapter.#}, creating them if they do not exist yet), send results to the
 * two result queues and park what it cannot process in its dead-letter queues ({@code DLQ.adapter.#}); nothing else:
 * it cannot send commands, read results, or touch the mid-office's own queues. docker/broker.xml holds the same
 * {@code <security-settings>} for a standalone broker ({@code BrokerRechtenTest} keeps the two equal).
 */
final class BrokerRechten {

    static final String MIDOFFICE = "midoffice";
    static final String ADAPTER = "adapter";

    private BrokerRechten() {
    }

    static Map<String, Set<Role>> perAdres() {
        Map<String, Set<Role>> rechten = new LinkedHashMap<>();
        rechten.put("#", Set.of(midoffice()));
        rechten.put("adapter.#", Set.of(midoffice(), adapter(false, true, true)));
        rechten.put(Queues.BACKOFFICE_RESULTATEN, Set.of(midoffice(), adapter(true, false, false)));
        rechten.put(Queues.PERSOONSGEGEVENS_RESULTATEN, Set.of(midoffice(), adapter(true, false, false)));
        rechten.put(Queues.DEAD_LETTER_PREFIX + "adapter.#", Set.of(midoffice(), adapter(true, false, true)));
        return rechten;
    }

    private static Role midoffice() {
        Role rol = new Role();
        rol.setName(MIDOFFICE);
        rol.setSend(true);
        rol.setConsume(true);
        rol.setBrowse(true);
        rol.setCreateAddress(true);
        rol.setDeleteAddress(true);
        rol.setCreateDurableQueue(true);
        rol.setDeleteDurableQueue(true);
        rol.setCreateNonDurableQueue(true);
        rol.setDeleteNonDurableQueue(true);
        rol.setManage(true);
        return rol;
    }

    /** @param aanmaken may create the address and its durable queue on first use */
    private static Role adapter(boolean sturen, boolean ontvangen, boolean aanmaken) {
        Role rol = new Role();
        rol.setName(ADAPTER);
        rol.setSend(sturen);
        rol.setConsume(ontvangen);
        rol.setCreateAddress(aanmaken);
        rol.setCreateDurableQueue(aanmaken);
        return rol;
    }
}
