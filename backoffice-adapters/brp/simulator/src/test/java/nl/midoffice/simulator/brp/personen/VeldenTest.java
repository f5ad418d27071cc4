package nl.midoffice.simulator.brp.personen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.midoffice.simulator.brp.OpenApiSpec;

class VeldenTest {

    private final Velden velden = Velden.uitClasspath();

    @Test
    void veldenlijstIsPreciesDeEigenschappenVanPersoonUitDeOfficieleSpec() throws IOException {
        Set<String> uitSpec = OpenApiSpec.paden("Persoon");
        // written next to the classes so that a spec upgrade only needs a copy into src/main/resources
        Files.write(Path.of("target", "velden-uit-spec.txt"), uitSpec);

        assertThat(velden.bestaand()).containsExactlyInAnyOrderElementsOf(uitSpec);
    }

    @ParameterizedTest
    @CsvSource({
            "burgerservicenummer, GELDIG",
            "naam, GELDIG",
            "naam.voornamen, GELDIG",
            "adressering.adresregel1, GELDIG",
            "verblijfplaats.verblijfadres.postcode, GELDIG",
            "geboorte.datum.langFormaat, GELDIG",
            "partners.naam.geslachtsnaam, GELDIG",
            "kinderen.burgerservicenummer, GELDIG",
            "gezag, GELDIG",
            "anummer, ONBEKEND",
            "BurgerServiceNummer, ONBEKEND",
            "naam.bestaatNiet, ONBEKEND",
            "verblijfplaatsBinnenland, ONBEKEND",
            "inOnderzoek, NIET_TOEGESTAAN",
            "naam.inOnderzoek.voornamen, NIET_TOEGESTAAN",
            "geheimhoudingPersoonsgegevens, NIET_TOEGESTAAN",
            "opschortingBijhouding.reden, NIET_TOEGESTAAN",
            "rni, NIET_TOEGESTAAN",
            "verificatie.datum, NIET_TOEGESTAAN",
            "adressering.indicatieVastgesteldVerblijftNietOpAdres, NIET_TOEGESTAAN",
            "a*nummer, ONGELDIG_PATROON",
            "burger service nummer, ONGELDIG_PATROON",
            "'', ONGELDIG_PATROON"})
    void beoordeeltPadenZoalsDeBrpApi(String pad, Velden.Oordeel oordeel) {
        assertThat(velden.beoordeel(pad)).isEqualTo(oordeel);
    }
}
