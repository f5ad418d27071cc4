package nl.midoffice.adapter.verboden;

import nl.midoffice.adapter.brp.BrpAutoConfiguration;

/** Violates the adapter rule on purpose: one adapter that builds on another. */
public class AdapterMetAndereAdapter {

    public Class<?> andereAdapter() {
        return BrpAutoConfiguration.class;
    }
}
