package nl.midoffice.adapterkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives each {@link AdapterContractTest} its running {@link AdapterOmgeving}. Environments live in JUnit's root
 * store, so the test classes of one module that describe the same adapter (one per command) share one simulator,
 * broker and adapter context; JUnit closes them when the run ends.
 */
class AdapterOmgevingExtensie implements TestInstancePostProcessor {

    private static final ExtensionContext.Namespace KIT = ExtensionContext.Namespace.create(AdapterOmgevingExtensie.class);

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (testInstance instanceof AdapterContractTest contract) {
            AdapterOnderTest adapter = contract.adapter();
            contract.omgeving = context.getRoot().getStore(KIT)
                    .computeIfAbsent(adapter.sleutel(), sleutel -> AdapterOmgeving.start(adapter), AdapterOmgeving.class);
        }
    }
}
