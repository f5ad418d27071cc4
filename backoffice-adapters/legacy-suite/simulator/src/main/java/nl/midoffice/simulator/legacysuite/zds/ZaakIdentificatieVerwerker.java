package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.zds.Namespaces.ZKN;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;

/** genereerZaakIdentificatie_Di02: hands out identifications that no zaak in the suite uses yet. */
@Component
class ZaakIdentificatieVerwerker {

    static final String FUNCTIE = "genereerZaakidentificatie";

    private final ZaakRegister register;
    private final StufBerichten berichten;
    private final SimulatorProperties properties;
    private final AtomicLong volgnummer = new AtomicLong();

    ZaakIdentificatieVerwerker(ZaakRegister register, StufBerichten berichten, SimulatorProperties properties) {
        this.register = register;
        this.berichten = berichten;
        this.properties = properties;
    }

    String verwerk(SoapVerzoek verzoek) {
        String functie = verzoek.stuurgegevens().functie();
        if (!verzoek.is(ZKN, "genereerZaakIdentificatie_Di02")
                || (functie != null && !FUNCTIE.equalsIgnoreCase(functie))) {
            throw StufFout.client(FoutCodes.NIET_ONDERSTEUND, "Onbekende functie",
                    "Dit endpoint ondersteunt alleen genereerZaakIdentificatie_Di02, ontvangen "
                            + verzoek.bericht().getLocalName() + (functie == null ? "" : " met functie " + functie));
        }
        String gemeente = verzoek.stuurgegevens().gemeente() != null
                ? verzoek.stuurgegevens().gemeente() : properties.organisatie();
        // the code becomes part of an identificatie, so only letters and digits of it are kept
        String identificatie = nieuweIdentificatie(gemeente.replaceAll("[^A-Za-z0-9]", ""));
        return berichten.zkn(xml -> {
            xml.open("ZKN:genereerZaakIdentificatie_Du02", "functie", FUNCTIE);
            berichten.stuurgegevens(xml, "ZKN:stuurgegevens", "Du02", verzoek.stuurgegevens(),
                    x -> x.element("StUF:functie", FUNCTIE));
            xml.open("ZKN:zaak", "StUF:entiteittype", "ZAK", "StUF:functie", "entiteit")
                    .element("ZKN:identificatie", identificatie)
                    .sluit("ZKN:zaak")
                    .sluit("ZKN:genereerZaakIdentificatie_Du02");
        });
    }

    /** Skips numbers a sender already used for a zaak it numbered itself. */
    private String nieuweIdentificatie(String gemeente) {
        String identificatie;
        do {
            identificatie = "%s-%s-%06d".formatted(properties.identificatiePrefix(), gemeente, volgnummer.incrementAndGet());
        } while (register.bestaat(identificatie));
        return identificatie;
    }
}
