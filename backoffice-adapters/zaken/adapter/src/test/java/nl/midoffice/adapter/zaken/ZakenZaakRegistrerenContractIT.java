package nl.midoffice.adapter.zaken;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.simulator.zaken.ZakenSimulatorApplication;

/**
 * The shared adapter contract for registering a zaak in the zaaksysteem, keyed on its identificatie. Without the
 * subscription: the notification of the first status would report GEREGISTREERD a second time, which the contract
 * (one expected result) does not count on; {@link ZakenAdapterIT} covers the notifications.
 */
class ZakenZaakRegistrerenContractIT extends AdapterContractTest {

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.ZAKEN, Capability.ZAAKREGISTRATIE)
                .simulator(ZakenSimulatorApplication.class)
                // the callback runs on the host's web server (platform-http)
                .metWebserver()
                .adapterEigenschap("midoffice.adapters.zaken.abonneren", "false")
                // a client of this test's own, in the zaaksysteem and in the adapter
                .simulatorEigenschap("simulator.clients.midoffice.secret", Zaaksysteem.SECRET)
                .adapterEigenschap("midoffice.adapters.zaken.secret", Zaaksysteem.SECRET)
                .adapterEigenschap("midoffice.adapters.zaken.callback-secret", "contract-test-zaken-callback");
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return k.melding("999993653");
    }

    /** The zaaksysteem refuses an initiator whose BSN fails the 11-proef (400 on the rol). */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return k.melding("123456789");
    }
}
