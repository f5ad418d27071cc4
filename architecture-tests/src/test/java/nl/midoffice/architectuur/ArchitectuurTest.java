package nl.midoffice.architectuur;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of {@link Regels}, checked on the compiled main classes of every module on the classpath. */
@AnalyzeClasses(packages = "nl.midoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchRule adaptersDependOnlyOnContractsAndSupport = Regels.ADAPTERS_ALLEEN_OP_CONTRACT_EN_SUPPORT;

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = Regels.ADAPTERS_LOS_VAN_ELKAAR;

    @ArchTest
    static final ArchRule midofficeDoesNotImportAdapterInternals = Regels.MIDOFFICE_NIET_OP_ADAPTERS;

    @ArchTest
    static final ArchRule portalDoesNotImportMidofficeCode = Regels.PORTAAL_NIET_OP_MIDOFFICE;

    @ArchTest
    static final ArchRule midofficeFeaturePackagesAreFreeOfCycles = Regels.MIDOFFICE_FEATURES_ZONDER_CYCLI;

    @ArchTest
    static final ArchRule simulatorsUseOnlySimulatorSupport = Regels.SIMULATOREN_ALLEEN_OP_SIMULATOR_SUPPORT;

    @ArchTest
    static final ArchRule simulatorsDoNotDependOnEachOther = Regels.SIMULATOREN_LOS_VAN_ELKAAR;
}
