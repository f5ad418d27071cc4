package nl.midoffice.adapter.legacysuite;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.simulator.legacysuite.LegacySuiteSimulatorApplication;

/** The adapter contract for creeerZaak: a zaak per aanvraag, keyed on its referentie. */
class LegacySuiteZaakRegistrerenContractIT extends AdapterContractTest {

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.LEGACY_SUITE, Capability.ZAAKREGISTRATIE)
                .simulator(LegacySuiteSimulatorApplication.class);
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return k.melding("999993653");
    }

    /** The suite refuses an initiator whose BSN fails the 11-proef (Fo03 StUF055). */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return k.melding("123456789");
    }
}
