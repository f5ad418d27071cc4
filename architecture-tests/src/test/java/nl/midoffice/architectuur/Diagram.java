package nl.midoffice.architectuur;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Draws {@code docs/architecture-diagram.md} from the imported classes: which module uses which, and which feature
 * package of the mid-office uses which. An arrow is a code dependency (a type used, a method called), nothing else.
 */
final class Diagram {

    static final String MIDOFFICE = "nl.midoffice.midoffice";

    /** Each module's root package; a class of the project outside all of them makes the diagram fail. */
    static final Map<String, String> MODULES = modules(
            "contracts", "nl.midoffice.contracts",
            "log-text", "nl.midoffice.log",
            "camel-support", "nl.midoffice.camel",
            "broker-support", "nl.midoffice.broker",
            "demo-profile", "nl.midoffice.demo",
            "body-limit", "nl.midoffice.web.limiet",
            "legacy-suite-adapter", "nl.midoffice.adapter.legacysuite",
            "brp-adapter", "nl.midoffice.adapter.brp",
            "zaken-adapter", "nl.midoffice.adapter.zaken",
            "vergunningen-adapter", "nl.midoffice.adapter.vergunningen",
            "simulator-support", "nl.midoffice.simulator.support",
            "legacy-suite-simulator", "nl.midoffice.simulator.legacysuite",
            "brp-simulator", "nl.midoffice.simulator.brp",
            "zaken-simulator", "nl.midoffice.simulator.zaken",
            "vergunningen-simulator", "nl.midoffice.simulator.vergunningen",
            "midoffice", MIDOFFICE,
            "frontoffice-portal", "nl.midoffice.portal");

    private Diagram() {
    }

    static String markdown(JavaClasses klassen) {
        return """
                # Module and package dependencies

                Generated from the compiled classes by `architecture-tests` (`DiagramTest`); do not edit by hand.
                An arrow is a dependency in the code: a type used or a method called. The hand-drawn picture of the
                running system (queues, protocols, ports) is in the [root README](../README.md#architecture); the
                rules these arrows keep are in [architecture-tests](../architecture-tests/README.md). After a change
                that moves an arrow, `DiagramTest` fails until the file is drawn again:

                ```
                ./mvnw -q verify -pl architecture-tests -am -DskipITs -Darchitectuur.diagram.bijwerken=true
                ```

                ## Modules

                Only main code; the tests' dependencies (adapters on simulators, for instance) are left out.

                ```mermaid
                flowchart LR
                %s```

                ## Feature packages of the mid-office

                The packages under `nl.midoffice.midoffice`; `(root)` holds the application class and its properties.

                ```mermaid
                flowchart LR
                %s```
                """.formatted(flowchart(klassen, Diagram::module), flowchart(klassen, Diagram::feature));
    }

    /** The Mermaid lines of a graph whose nodes are what {@code knoop} makes of each class of the project. */
    static String flowchart(JavaClasses klassen, Function<JavaClass, Optional<String>> knoop) {
        SortedSet<String> knopen = new TreeSet<>();
        SortedSet<String> pijlen = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            Optional<String> van = knoop.apply(klasse);
            if (van.isEmpty()) {
                continue;
            }
            knopen.add(van.get());
            for (Dependency d : klasse.getDirectDependenciesFromSelf()) {
                knoop.apply(d.getTargetClass().getBaseComponentType())
                        .filter(naar -> !naar.equals(van.get()))
                        .ifPresent(naar -> pijlen.add("    " + id(van.get()) + " --> " + id(naar) + "\n"));
            }
        }
        StringBuilder regels = new StringBuilder();
        knopen.forEach(k -> regels.append("    ").append(id(k)).append("[\"").append(k).append("\"]\n"));
        pijlen.forEach(regels::append);
        return regels.toString();
    }

    /** The module a class of the project belongs to; empty for a library class. */
    static Optional<String> module(JavaClass klasse) {
        String pakket = klasse.getPackageName();
        if (!pakket.startsWith("nl.midoffice")) {
            return Optional.empty();
        }
        return Optional.of(MODULES.entrySet().stream()
                .filter(m -> pakket.equals(m.getValue()) || pakket.startsWith(m.getValue() + "."))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(klasse.getName()
                        + " is in no module the diagram knows: add its root package to Diagram.MODULES")));
    }

    /** The feature package of the mid-office a class belongs to ({@code (root)} directly under it); else empty. */
    static Optional<String> feature(JavaClass klasse) {
        String pakket = klasse.getPackageName();
        if (pakket.equals(MIDOFFICE)) {
            return Optional.of("(root)");
        }
        if (!pakket.startsWith(MIDOFFICE + ".")) {
            return Optional.empty();
        }
        String rest = pakket.substring(MIDOFFICE.length() + 1);
        int punt = rest.indexOf('.');
        return Optional.of(punt < 0 ? rest : rest.substring(0, punt));
    }

    private static String id(String knoop) {
        return knoop.equals("(root)") ? "root" : knoop.replace('-', '_');
    }

    private static Map<String, String> modules(String... paren) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            modules.put(paren[i], paren[i + 1]);
        }
        return modules;
    }
}
