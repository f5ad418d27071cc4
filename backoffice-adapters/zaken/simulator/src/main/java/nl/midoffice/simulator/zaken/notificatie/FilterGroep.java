package nl.midoffice.simulator.zaken.notificatie;

import java.util.Map;

/**
 * One kanaal of an abonnement with its filters ({@code FilterGroup}): kenmerk name to the value it must have,
 * or {@code *} for any value. No filters: every notification of the kanaal.
 */
record FilterGroep(String naam, Map<String, String> filters) {

    static final String ELKE_WAARDE = "*";

    FilterGroep {
        filters = Map.copyOf(filters);
    }

    boolean laatDoor(Notificatie notificatie) {
        if (!naam.equals(notificatie.kanaal())) {
            return false;
        }
        return filters.entrySet().stream().allMatch(filter -> {
            String kenmerk = notificatie.kenmerken().get(filter.getKey());
            return kenmerk != null && (ELKE_WAARDE.equals(filter.getValue()) || filter.getValue().equals(kenmerk));
        });
    }
}
