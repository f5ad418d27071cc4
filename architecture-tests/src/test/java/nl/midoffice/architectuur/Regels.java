package nl.midoffice.architectuur;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules, one constant each. {@link ArchitectuurTest} checks them on the compiled modules;
 * {@link RegelsFalenTest} applies the same constants to deliberately violating classes (package {@code verboden})
 * and shows that each one fails there.
 */
final class Regels {

    static final String ADAPTERS = "nl.midoffice.adapter..";
    static final String MIDOFFICE = "nl.midoffice.midoffice..";
    static final String PORTAAL = "nl.midoffice.portal..";
    static final String SIMULATOREN = "nl.midoffice.simulator..";
    static final String SIMULATOR_SUPPORT = "nl.midoffice.simulator.support..";

    /** The project modules an adapter builds on: the canonical contract and the shared Camel/JMS/log support. */
    private static final String[] ADAPTER_PROJECTCODE = {
        "nl.midoffice.contracts..", "nl.midoffice.camel..", "nl.midoffice.broker..", "nl.midoffice.log.."
    };

    /** The libraries an adapter may use: JDK, Spring, Camel, HttpClient, JSON, metrics, logging, breaker, JWT. */
    private static final String[] ADAPTER_BIBLIOTHEKEN = {
        "java..", "javax..", "jakarta..", "org.w3c.dom..", "org.xml.sax..",
        "org.springframework..", "org.apache.camel..",
        "com.fasterxml.jackson..", "tools.jackson..",
        "org.apache.hc..", "io.micrometer..", "org.slf4j..", "io.github.resilience4j..", "com.nimbusds.."
    };

    /** Project code a simulator may use: simulator-support and the technical libraries every app shares. */
    private static final DescribedPredicate<JavaClass> PROJECTCODE_BUITEN_SIMULATOREN =
            resideInAPackage("nl.midoffice..").and(DescribedPredicate.not(resideInAnyPackage(
                    SIMULATOREN,                 // its own code; other simulators: see SIMULATOREN_LOS_VAN_ELKAAR
                    "nl.midoffice.log..",        // log-text
                    "nl.midoffice.web.limiet..", // body-limit
                    "nl.midoffice.demo..")))     // demo-profile: the guard against published demo secrets
            .as("project code other than simulator-support, log-text, body-limit and demo-profile");

    static final ArchRule ADAPTERS_ALLEEN_OP_CONTRACT_EN_SUPPORT = classes()
            .that().resideInAPackage(ADAPTERS)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(alles(new String[] {ADAPTERS}, ADAPTER_PROJECTCODE, ADAPTER_BIBLIOTHEKEN))
            .because("an adapter speaks the canonical contract and one back office's protocol, with the shared "
                    + "Camel support; it is deployable without the mid-office, the portal or a simulator");

    static final ArchRule ADAPTERS_LOS_VAN_ELKAAR = slices()
            .matching("nl.midoffice.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter stands alone: removing one back office touches no other adapter");

    static final ArchRule MIDOFFICE_NIET_OP_ADAPTERS = noClasses()
            .that().resideInAPackage(MIDOFFICE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, SIMULATOREN, PORTAAL)
            .because("the mid-office talks to the adapters over the broker in canonical messages (contracts) and "
                    + "embeds them only through their Spring Boot auto-configuration on the classpath");

    static final ArchRule PORTAAL_NIET_OP_MIDOFFICE = noClasses()
            .that().resideInAPackage(PORTAAL)
            .should().dependOnClassesThat().resideInAnyPackage(MIDOFFICE, ADAPTERS, SIMULATOREN)
            .because("the portal talks only to the mid-office's public HTTP API");

    static final ArchRule MIDOFFICE_FEATURES_ZONDER_CYCLI = slices()
            .matching("nl.midoffice.midoffice.(*)..")
            .namingSlices("midoffice feature '$1'")
            .should().beFreeOfCycles()
            .because("a feature package can be understood, tested and changed from the ones it uses");

    static final ArchRule SIMULATOREN_ALLEEN_OP_SIMULATOR_SUPPORT = noClasses()
            .that().resideInAPackage(SIMULATOREN)
            .should().dependOnClassesThat(PROJECTCODE_BUITEN_SIMULATOREN)
            .because("a simulator plays an independent back office: it shares no code with the adapter it answers");

    static final ArchRule SIMULATOREN_LOS_VAN_ELKAAR = slices()
            .matching("nl.midoffice.simulator.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage(SIMULATOR_SUPPORT))
            .because("each simulator stands alone; what they share is simulator-support");

    private Regels() {
    }

    private static String[] alles(String[]... delen) {
        return Arrays.stream(delen).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
