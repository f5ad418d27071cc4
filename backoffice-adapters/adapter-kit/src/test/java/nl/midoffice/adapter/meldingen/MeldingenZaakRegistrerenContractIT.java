package nl.midoffice.adapter.meldingen;

import java.time.Instant;
import java.util.Map;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.ZaakRegistreren;
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
        return melding(k, "999993653");
    }

    /** The system refuses a melder whose BSN fails the 11-proef. */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return melding(k, "123456789");
    }

    private static ZaakRegistreren melding(Kenmerken k, String bsn) {
        return new ZaakRegistreren(k.messageId(), k.correlationId(), k.aanvraagId(), k.referentie(), "9001",
                "melding-openbare-ruimte", bsn, "Melding openbare ruimte: afval", "Afval naast de container",
                Map.of("categorie", "afval"), Instant.now(), k.schaduw());
    }
}
