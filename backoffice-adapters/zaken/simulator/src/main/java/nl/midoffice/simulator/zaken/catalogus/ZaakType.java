package nl.midoffice.simulator.zaken.catalogus;

import java.util.UUID;

/**
 * A zaaktype of the stand-in catalogue: one per product at the counter.
 *
 * @param identificatie               the product id (as the mid-office names it)
 * @param vertrouwelijkheidaanduiding taken over by a zaak that names none, as the Zaken API prescribes
 */
public record ZaakType(UUID uuid, String identificatie, String omschrijving, String vertrouwelijkheidaanduiding,
                       String handelingInitiator, String doorlooptijd) {
}
