package nl.midoffice.adapter.meldingen;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.simulator.meldingen.MeldingenSimulatorApplication;

/** The adapter contract for registering a melding. */
class MeldingenZaakRegistrerenContractIT extends AdapterContractTest {

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor("meldingen", Capability.ZAAKREGISTRATIE)
                .simulator(MeldingenSimulatorApplication.class)
                .opdrachtQueue(ZaakRegistrerenRoute.QUEUE); // not needed once Queues.opdrachtenVoor knows the system
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return k.melding("999993653");
    }

    /** The system refuses a melder whose BSN fails the 11-proef. */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return k.melding("123456789");
    }
}
