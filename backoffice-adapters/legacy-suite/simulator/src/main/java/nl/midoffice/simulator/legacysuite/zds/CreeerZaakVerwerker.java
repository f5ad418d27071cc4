package nl.midoffice.simulator.legacysuite.zds;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;
import nl.midoffice.simulator.legacysuite.zaak.Aflevering;
import nl.midoffice.simulator.legacysuite.zaak.NieuweZaak;
import nl.midoffice.simulator.legacysuite.zaak.Registratie;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;

/** creeerZaak_ZakLk01: registers the zaak (idempotently on identificatie) and acknowledges with Bv03. */
@Component
class CreeerZaakVerwerker {

    private final ZaakRegister register;
    private final StufBerichten berichten;
    private final SimulatorProperties properties;

    CreeerZaakVerwerker(ZaakRegister register, StufBerichten berichten, SimulatorProperties properties) {
        this.register = register;
        this.berichten = berichten;
        this.properties = properties;
    }

    String verwerk(SoapVerzoek verzoek, String correlationId, String traceparent) {
        verzoek.vereis(Namespaces.ZKN, "zakLk01");
        NieuweZaak zaak = ZaakLk01Lezer.lees(verzoek, properties.organisatie());
        Aflevering aflevering = new Aflevering(correlationId, traceparent, verzoek.stuurgegevens().referentienummer());
        if (register.registreer(zaak, aflevering) == Registratie.CONFLICT) {
            throw StufFout.client(FoutCodes.BESTAAT_AL, "Zaak met deze identificatie bestaat al",
                    "Zaak " + zaak.identificatie() + " is al geregistreerd voor een andere initiator");
        }
        return berichten.bv03(verzoek.stuurgegevens());
    }
}
