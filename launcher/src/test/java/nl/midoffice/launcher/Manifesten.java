package nl.midoffice.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The essentials of the Kubernetes manifests, as findings (empty: all well): probes on the actuator's health groups,
 * resource requests and limits, at least two mid-office replicas, a disruption budget for every replicated
 * Deployment, a Service per Deployment, the mid-office's public base URL, and no secret value written inline.
 */
final class Manifesten {

    /** Names of settings that hold credentials: they must come from a Secret. */
    private static final Pattern GEHEIM = Pattern.compile(
            "(?i).*(secret|password|passwd|wachtwoord|geheim|sleutel|api.?key|token|credential).*");
    private static final List<String> DEMO_WAARDEN = List.of("demo-only", "change-me");

    private final List<Map<String, Object>> documenten;

    private Manifesten(List<Map<String, Object>> documenten) {
        this.documenten = documenten;
    }

    /** Every YAML document under {@code map}. */
    static Manifesten lees(Path map) {
        try (Stream<Path> bestanden = Files.walk(map)) {
            List<Map<String, Object>> documenten = new ArrayList<>();
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                documenten.addAll(parse(Files.readString(bestand)));
            }
            return new Manifesten(documenten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documenten = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(d -> {
            if (d != null) {
                documenten.add((Map<String, Object>) d);
            }
        });
        return documenten;
    }

    static Manifesten van(List<Map<String, Object>> documenten) {
        return new Manifesten(documenten);
    }

    List<Map<String, Object>> documenten() {
        return documenten;
    }

    List<String> bevindingen() {
        List<String> bevindingen = new ArrayList<>();
        List<Map<String, Object>> deployments = soort("Deployment");
        if (deployments.stream().noneMatch(d -> naam(d).equals("midoffice") && replicas(d) >= 2)) {
            bevindingen.add("midoffice: no Deployment with at least 2 replicas");
        }
        for (Map<String, Object> deployment : deployments) {
            String naam = naam(deployment);
            Map<String, Object> labels = pad(deployment, "spec", "template", "metadata", "labels");
            for (Map<String, Object> container : lijst(pad(deployment, "spec", "template", "spec"), "containers")) {
                probe(bevindingen, naam, container, "readinessProbe", "/actuator/health/readiness");
                probe(bevindingen, naam, container, "livenessProbe", "/actuator/health/liveness");
                for (String soort : List.of("requests", "limits")) {
                    Map<String, Object> r = pad(container, "resources", soort);
                    if (r.get("cpu") == null || r.get("memory") == null) {
                        bevindingen.add(naam + ": no cpu and memory " + soort);
                    }
                }
                for (Map<String, Object> env : lijst(container, "env")) {
                    if (env.containsKey("value") && GEHEIM.matcher(String.valueOf(env.get("name"))).matches()) {
                        bevindingen.add(naam + ": " + env.get("name") + " written inline; take it from a Secret");
                    }
                }
            }
            if (replicas(deployment) >= 2 && soort("PodDisruptionBudget").stream()
                    .noneMatch(pdb -> selecteert(pad(pdb, "spec", "selector", "matchLabels"), labels))) {
                bevindingen.add(naam + ": " + replicas(deployment) + " replicas without a PodDisruptionBudget");
            }
            if (soort("Service").stream().noneMatch(s -> selecteert(pad(s, "spec", "selector"), labels))) {
                bevindingen.add(naam + ": no Service");
            }
        }
        for (Map<String, Object> configMap : soort("ConfigMap")) {
            pad(configMap, "data").keySet().stream().filter(k -> GEHEIM.matcher(k).matches())
                    .forEach(k -> bevindingen.add(naam(configMap) + ": " + k + " in a ConfigMap; take it from a Secret"));
        }
        for (Map<String, Object> secret : soort("Secret")) {
            if (secret.get("data") != null || secret.get("stringData") != null) {
                bevindingen.add(naam(secret) + ": a Secret with values in the repository");
            }
        }
        if (soort("ConfigMap").stream().noneMatch(c -> pad(c, "data").get("MIDOFFICE_PUBLICBASEURL") != null)) {
            bevindingen.add("midoffice: no public base URL (MIDOFFICE_PUBLICBASEURL)");
        }
        String alles = new Yaml().dumpAll(documenten.iterator());
        DEMO_WAARDEN.stream().filter(alles::contains).forEach(w -> bevindingen.add("a demo value (" + w + ") inline"));
        return bevindingen;
    }

    private static void probe(List<String> bevindingen, String naam, Map<String, Object> container, String probe,
            String verwacht) {
        Object pad = pad(container, probe, "httpGet").get("path");
        if (!verwacht.equals(pad)) {
            bevindingen.add(naam + ": " + probe + " is not on " + verwacht + " (" + pad + ")");
        }
    }

    private static boolean selecteert(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private List<Map<String, Object>> soort(String kind) {
        return documenten.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static String naam(Map<String, Object> document) {
        return String.valueOf(pad(document, "metadata").get("name"));
    }

    private static int replicas(Map<String, Object> deployment) {
        Object replicas = pad(deployment, "spec").get("replicas");
        return replicas instanceof Integer n ? n : 1;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> pad(Map<String, Object> node, String... sleutels) {
        Map<String, Object> huidig = node;
        for (String sleutel : sleutels) {
            Object volgend = huidig.get(sleutel);
            if (!(volgend instanceof Map)) {
                return Map.of();
            }
            huidig = (Map<String, Object>) volgend;
        }
        return huidig;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lijst(Map<String, Object> node, String sleutel) {
        return node.get(sleutel) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
