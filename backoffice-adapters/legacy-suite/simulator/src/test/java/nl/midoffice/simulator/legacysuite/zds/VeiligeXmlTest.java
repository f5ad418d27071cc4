package nl.midoffice.simulator.legacysuite.zds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.midoffice.simulator.legacysuite.Berichten;

class VeiligeXmlTest {

    @Test
    void billionLaughsWordtGeweigerdZonderUitTeBreiden() {
        byte[] xml = Berichten.resource("billion_laughs.xml").getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> VeiligeXml.lees(xml))
                        .isInstanceOfSatisfying(StufFout.class, f -> {
                            assertThat(f.plek()).isEqualTo(StufFout.Plek.CLIENT);
                            assertThat(f.omschrijving()).isEqualTo("DOCTYPE niet toegestaan");
                        }));
    }

    @Test
    void externeEntiteitLeestGeenBestand(@TempDir Path map) throws Exception {
        Path geheim = Files.writeString(map.resolve("geheim.txt"), "GEHEIME-INHOUD-42");
        byte[] xml = Berichten.resource("xxe_bestand.xml").replace("GEHEIM_BESTAND", geheim.toUri().toString())
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VeiligeXml.lees(xml))
                .isInstanceOfSatisfying(StufFout.class, f -> {
                    assertThat(f.omschrijving()).isEqualTo("DOCTYPE niet toegestaan");
                    assertThat(f.details()).doesNotContain("GEHEIME-INHOUD-42");
                });
    }

    @Test
    void nietWelgevormdeXmlGeeftEenClientFout() {
        byte[] xml = "<soap:Envelope xmlns:soap=\"x\"><soap:Body>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VeiligeXml.lees(xml))
                .isInstanceOfSatisfying(StufFout.class, f -> {
                    assertThat(f.code()).isEqualTo("StUF001");
                    assertThat(f.omschrijving()).isEqualTo("Bericht is geen welgevormde XML");
                    assertThat(f.details()).startsWith("Fout in de XML op regel 1");
                });
    }

    @Test
    void legeBodyGeeftEenClientFout() {
        assertThatThrownBy(() -> VeiligeXml.lees(new byte[0]))
                .isInstanceOfSatisfying(StufFout.class, f -> assertThat(f.omschrijving()).isEqualTo("Leeg bericht"));
    }
}
