package nl.midoffice.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import nl.midoffice.adapter.brp.BrpAutoConfiguration;
import nl.midoffice.adapter.verboden.AdapterMetAndereAdapter;
import nl.midoffice.adapter.verboden.AdapterMetMidofficeCode;
import nl.midoffice.adapter.verboden.AdapterMetVreemdeBibliotheek;
import nl.midoffice.midoffice.verboden.MidofficeMetAdapterCode;
import nl.midoffice.midoffice.verbodenheen.Heen;
import nl.midoffice.midoffice.verbodenterug.Terug;
import nl.midoffice.portal.verboden.PortaalMetMidofficeCode;
import nl.midoffice.simulator.brp.BrpSimulatorApplication;
import nl.midoffice.simulator.verboden.SimulatorMetAndereSimulator;
import nl.midoffice.simulator.verboden.SimulatorMetContract;

/**
 * Each rule of {@link Regels}, unchanged, applied to a class in this module's test sources that breaks it on purpose
 * (packages {@code verboden}): the rule must report that class and what it depends on. A rule that cannot fail fails
 * here.
 */
class RegelsFalenTest {

    @Test
    void adapterRuleFailsOnAnAdapterUsingMidofficeCode() {
        assertFaalt(Regels.ADAPTERS_ALLEEN_OP_CONTRACT_EN_SUPPORT, AdapterMetMidofficeCode.class,
                "nl.midoffice.midoffice.aanvraag.AanvraagOntvangen");
    }

    @Test
    void adapterRuleFailsOnAnAdapterUsingALibraryOutsideTheList() {
        assertFaalt(Regels.ADAPTERS_ALLEEN_OP_CONTRACT_EN_SUPPORT, AdapterMetVreemdeBibliotheek.class,
                "com.github.benmanes.caffeine.cache.Caffeine");
    }

    @Test
    void adapterRuleFailsOnAnAdapterUsingAnotherAdapter() {
        assertFaalt(Regels.ADAPTERS_LOS_VAN_ELKAAR, klassen(AdapterMetAndereAdapter.class, BrpAutoConfiguration.class),
                AdapterMetAndereAdapter.class, BrpAutoConfiguration.class.getName());
    }

    @Test
    void midofficeRuleFailsOnMidofficeCodeNamingAnAdapterClass() {
        assertFaalt(Regels.MIDOFFICE_NIET_OP_ADAPTERS, MidofficeMetAdapterCode.class,
                "nl.midoffice.adapter.zaken.ZakenAutoConfiguration");
    }

    @Test
    void portalRuleFailsOnThePortalUsingMidofficeCode() {
        assertFaalt(Regels.PORTAAL_NIET_OP_MIDOFFICE, PortaalMetMidofficeCode.class,
                "nl.midoffice.midoffice.aanvraag.AanvraagOntvangen");
    }

    @Test
    void cycleRuleFailsOnTwoFeaturePackagesUsingEachOther() {
        assertFaalt(Regels.MIDOFFICE_FEATURES_ZONDER_CYCLI, klassen(Heen.class, Terug.class), Heen.class,
                Terug.class.getName());
    }

    @Test
    void simulatorRuleFailsOnASimulatorUsingTheContracts() {
        assertFaalt(Regels.SIMULATOREN_ALLEEN_OP_SIMULATOR_SUPPORT, SimulatorMetContract.class,
                "nl.midoffice.contracts.Capability");
    }

    @Test
    void simulatorRuleFailsOnASimulatorUsingAnotherSimulator() {
        assertFaalt(Regels.SIMULATOREN_LOS_VAN_ELKAAR,
                klassen(SimulatorMetAndereSimulator.class, BrpSimulatorApplication.class),
                SimulatorMetAndereSimulator.class, BrpSimulatorApplication.class.getName());
    }

    private static void assertFaalt(ArchRule regel, Class<?> overtreder, String doel) {
        assertFaalt(regel, klassen(overtreder), overtreder, doel);
    }

    private static void assertFaalt(ArchRule regel, JavaClasses klassen, Class<?> overtreder, String doel) {
        EvaluationResult resultaat = regel.evaluate(klassen);
        assertThat(resultaat.hasViolation()).as("%s on %s", regel.getDescription(), overtreder.getName()).isTrue();
        assertThat(resultaat.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains(overtreder.getName()).contains(doel));
    }

    private static JavaClasses klassen(Class<?>... klassen) {
        return new ClassFileImporter().importClasses(klassen);
    }
}
