package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/**
 * The adapter's StUF messages against fixtures written by hand from the StUF-ZKN / StUF-BG standards and the ZDS
 * layouts ({@code src/test/resources/stuf}), not against the simulator's writer: what it sends has the
 * fixture's structure (namespaces, elements, order, attributes, values; generated ids and timestamps aside), and
 * what the standard says a suite answers, the adapter reads.
 */
class StufStandaardTest {

    private final StufBerichten berichten = new StufBerichten(Voorbeelden.PROPERTIES,
            Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"), ZoneOffset.UTC));
    private final StufAntwoorden antwoorden = new StufAntwoorden();

    @Test
    void creeerZaakZakLk01HasTheStandardsShape() {
        var opdracht = new ZaakRegistreren("3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11", "corr-1",
                "9b2e1c4a-5d6f-4a7b-8c9d-0e1f2a3b4c5d", "MO-2026-000001", "9001", "melding-openbare-ruimte",
                "999993653", "Melding openbare ruimte: straatverlichting", "Lantaarnpaal brandt niet",
                Map.of("categorie", "straatverlichting"), Instant.parse("2026-11-28T09:15:00Z"), false);

        assertThat(StufStructuur.verschillen(StufStructuur.fixture("zakLk01.xml"), berichten.creeerZaak(opdracht)))
                .isEmpty();
    }

    @Test
    void geefZaakstatusZakLv01HasTheStandardsShape() {
        var vraag = new ZaakstatusOpvragen("m-1", "c-1", "a-1", "9002", "MO-2026-000007", null, Instant.now());

        assertThat(StufStructuur.verschillen(StufStructuur.fixture("zakLv01_geefZaakstatus.xml"),
                berichten.geefZaakstatus(vraag))).isEmpty();
    }

    @Test
    void npsLv01HasTheStandardsShape() {
        var vraag = new PersoonOpvragen("c4f1e2d3-8a9b-4c5d-9e0f-1a2b3c4d5e6f", "corr-1", "aanvraag-1", "9001",
                "999993653", "prefill", false, Instant.now());

        assertThat(StufStructuur.verschillen(StufStructuur.fixture("npsLv01.xml"), berichten.npsLv01(vraag)))
                .isEmpty();
    }

    @Test
    void aBv03IsReadAsAConfirmation() {
        assertThat(antwoorden.isBv03(StufStructuur.fixture("Bv03.xml"))).isTrue();
        assertThat(antwoorden.isBv03(StufStructuur.fixture("Fo03.xml"))).isFalse();
    }

    @Test
    void aFo03InASoapFaultIsReadWithCodePlekAndReason() {
        var fo03 = antwoorden.fo03(StufStructuur.fixture("Fo03.xml")).orElseThrow();

        assertThat(fo03).isEqualTo(new StufAntwoorden.Fo03("StUF058", "client", "Zaaktype onbekend",
                "Het zaaktype met code bouwvergunning is niet bekend"));
    }

    @Test
    void anNpsLa01IsReadAsThePerson() {
        var persoon = antwoorden.persoon(StufStructuur.fixture("npsLa01.xml")).orElseThrow();

        assertThat(persoon.bsn()).isEqualTo("999990019");
        assertThat(persoon.voornamen()).isEqualTo("Anna Maria");
        assertThat(persoon.voorvoegsel()).as("xsi:nil").isNull();
        assertThat(persoon.geslachtsnaam()).isEqualTo("Bergen");
        assertThat(persoon.geboortedatum()).isEqualTo("1982-09-07");
        assertThat(persoon.gemeenteVanInschrijving()).isEqualTo("9002");
        assertThat(persoon.adres()).isEqualTo(new Woonadres("Dalweg", 7, "b", null, "9002CD", "Bergdal"));
    }

    @Test
    void aGeefZaakstatusZakLa01IsReadAsTheStatusesOldestFirst() {
        var statussen = antwoorden.zaakstatussen(StufStructuur.fixture("zakLa01_geefZaakstatus.xml"));

        assertThat(statussen).extracting(StufAntwoorden.Zaakstatus::omschrijving)
                .containsExactly("Geregistreerd", "Afgehandeld");
        var laatste = statussen.get(1);
        assertThat(laatste.volgnummer()).isEqualTo(3);
        assertThat(laatste.toelichting()).isEqualTo("De lantaarnpaal is gerepareerd");
        assertThat(laatste.datumStatusGezet()).isEqualTo(LocalDateTime.parse("2026-12-01T08:55:00"));
        assertThat(laatste.alsAanvraagStatus()).contains(AanvraagStatus.AFGEHANDELD);
    }

    @Test
    void theComparisonFindsWhatDiffersFromTheStandard() {
        // the check can fail: an element missing, one renamed, an attribute and a value changed, a namespace wrong
        String fixture = StufStructuur.fixture("zakLk01.xml");

        assertThat(StufStructuur.verschillen(fixture, fixture)).isEmpty();
        assertThat(StufStructuur.verschillen(fixture,
                fixture.replace("<stuf:indicatorOvername>V</stuf:indicatorOvername>", ""))).isNotEmpty();
        assertThat(StufStructuur.verschillen(fixture, fixture.replace("zkn:startdatum", "zkn:beginDatum")))
                .isNotEmpty();
        assertThat(StufStructuur.verschillen(fixture, fixture.replace("stuf:verwerkingssoort=\"I\"",
                "stuf:verwerkingssoort=\"W\""))).isNotEmpty();
        assertThat(StufStructuur.verschillen(fixture, fixture.replace(">999993653<", ">999990019<"))).isNotEmpty();
        assertThat(StufStructuur.verschillen(fixture, fixture.replace("http://www.egem.nl/StUF/sector/bg/0310",
                "http://www.egem.nl/StUF/sector/bg/0204"))).isNotEmpty();
        assertThat(StufStructuur.verschillen(fixture, fixture.replace("(gegenereerd)", "20261128101500000")))
                .as("generated values are not compared").isEmpty();
    }
}
