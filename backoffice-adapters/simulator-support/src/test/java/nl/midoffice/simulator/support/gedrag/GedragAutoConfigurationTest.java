package nl.midoffice.simulator.support.gedrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/** What a simulator configures: the protocol paths, the filter's place and the default delay. */
class GedragAutoConfigurationTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GedragAutoConfiguration.class))
            .withBean(StoringAntwoord.class, () -> new ProefSimulator().storingAntwoord());

    @Test
    void deFilterDektDeGenoemdePadenOpDeGenoemdePlaats() {
        context.withPropertyValues("simulator.gedrag.paden=/zaken/api/*,/catalogi/api/*", "simulator.gedrag.volgorde=10")
                .run(c -> {
                    FilterRegistrationBean<?> filter = c.getBean(FilterRegistrationBean.class);
                    assertThat(filter.getFilter()).isInstanceOf(GedragFilter.class);
                    assertThat(filter.getUrlPatterns()).containsExactly("/zaken/api/*", "/catalogi/api/*");
                    assertThat(filter.getOrder()).isEqualTo(10);
                });
    }

    @Test
    void zonderVolgordeStaatDeFilterAchteraanEnIsDeVertraging2000() {
        context.withPropertyValues("simulator.gedrag.paden=/zds/*").run(c -> {
            assertThat(c.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(Ordered.LOWEST_PRECEDENCE);
            assertThat(c.getBean(GedragService.class).huidig()).isEqualTo(new Gedrag(Modus.NORMAAL, 2000, 0.0));
        });
    }

    @Test
    void deStandaardvertragingKomtUitSimulatorStandaardVertragingMs() {
        context.withPropertyValues("simulator.gedrag.paden=/zds/*", "simulator.standaard-vertraging-ms=750")
                .run(c -> assertThat(c.getBean(GedragService.class).huidig().vertragingMs()).isEqualTo(750));
    }

    @Test
    void zonderPadenStartDeSimulatorNiet() {
        context.run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                .hasMessageContaining("simulator.gedrag.paden is leeg"));
    }

    @Test
    void zonderStoringAntwoordStartDeSimulatorNiet() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GedragAutoConfiguration.class))
                .withPropertyValues("simulator.gedrag.paden=/zds/*")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                        .hasMessageContaining(StoringAntwoord.class.getName()));
    }

    @Test
    void buitenEenServletWebappDoetDeAutoconfiguratieNiets() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GedragAutoConfiguration.class))
                .run(c -> assertThat(c).hasNotFailed().doesNotHaveBean(GedragService.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/zds/**", "/**", "/*", "/", "zds/*", "/simulator/*", "/simulator/gedrag"})
    void eenPadDatGeenProtocolpadIsWordtGeweigerd(String pad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GedragProperties.Toepassing(List.of("/zds/*", pad), 0))
                .withMessageContaining(pad);
    }
}
