package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes} keep their essentials ({@link Manifesten}); and the check
 * sees each essential broken in a copy of them.
 */
class KubernetesManifestenTest {

    private static final Path MAP = Path.of("..", "deploy", "kubernetes");

    @Test
    void theManifestsHaveProbesReplicasBudgetsLimitsAndNoSecretValues() {
        Manifesten manifesten = Manifesten.lees(MAP);
        assertThat(manifesten.documenten()).as("read the manifests").hasSizeGreaterThan(10);
        assertThat(manifesten.bevindingen()).isEmpty();
    }

    @Test
    void everyResourceOfTheKustomizationExists() throws Exception {
        var kustomization = Manifesten.parse(Files.readString(MAP.resolve("kustomization.yaml"))).get(0);
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) kustomization.get("resources");
        assertThat(resources).isNotEmpty().allSatisfy(r -> assertThat(MAP.resolve(r)).isRegularFile());
    }

    @Test
    void aMidofficeWithOneReplicaIsFound() {
        assertThat(gebroken(d -> deployment(d, "midoffice").ifPresent(m -> Manifesten.pad(m, "spec").put("replicas", 1))))
                .contains("midoffice: no Deployment with at least 2 replicas");
    }

    @Test
    void aReplicatedDeploymentWithoutDisruptionBudgetIsFound() {
        assertThat(gebroken(d -> d.removeIf(m -> "PodDisruptionBudget".equals(m.get("kind"))
                && "portal".equals(Manifesten.pad(m, "metadata").get("name")))))
                .contains("portal: 2 replicas without a PodDisruptionBudget");
    }

    @Test
    void aMissingOrMisplacedProbeIsFound() {
        assertThat(gebroken(d -> container(d, "brp").remove("readinessProbe")))
                .anySatisfy(b -> assertThat(b).startsWith("brp: readinessProbe is not on /actuator/health/readiness"));
        assertThat(gebroken(d -> Manifesten.pad(container(d, "midoffice"), "livenessProbe", "httpGet").put("path", "/")))
                .anySatisfy(b -> assertThat(b).startsWith("midoffice: livenessProbe is not on /actuator/health/liveness"));
    }

    @Test
    void aContainerWithoutLimitsIsFound() {
        assertThat(gebroken(d -> Manifesten.pad(container(d, "zaken"), "resources").remove("limits")))
                .contains("zaken: no cpu and memory limits");
    }

    @Test
    void aSecretWrittenInlineIsFound() {
        assertThat(gebroken(d -> Manifesten.lijst(container(d, "portal"), "env")
                .forEach(e -> {
                    if ("PORTAL_MIDOFFICE_SECRET".equals(e.get("name"))) {
                        e.remove("valueFrom");
                        e.put("value", "demo-only-secret-change-me-0123456789abcdef");
                    }
                })))
                .contains("portal: PORTAL_MIDOFFICE_SECRET written inline; take it from a Secret",
                        "a demo value (demo-only) inline");
        assertThat(gebroken(d -> d.add(Map.of("kind", "Secret", "metadata", Map.of("name", "x"),
                "stringData", Map.of("password", "geheim")))))
                .contains("x: a Secret with values in the repository");
        assertThat(gebroken(d -> configMap(d).put("SPRING_DATASOURCE_PASSWORD", "geheim")))
                .contains("midoffice-config: SPRING_DATASOURCE_PASSWORD in a ConfigMap; take it from a Secret");
    }

    /** The findings for a copy of the manifests that {@code breuk} changed. */
    private static List<String> gebroken(Consumer<List<Map<String, Object>>> breuk) {
        List<Map<String, Object>> kopie = new java.util.ArrayList<>(Manifesten.lees(MAP).documenten());
        breuk.accept(kopie);
        return Manifesten.van(kopie).bevindingen();
    }

    private static java.util.Optional<Map<String, Object>> deployment(List<Map<String, Object>> d, String naam) {
        return d.stream().filter(m -> "Deployment".equals(m.get("kind"))
                && naam.equals(Manifesten.pad(m, "metadata").get("name"))).findFirst();
    }

    private static Map<String, Object> container(List<Map<String, Object>> d, String naam) {
        Map<String, Object> deployment = deployment(d, naam).orElseThrow();
        return Manifesten.lijst(Manifesten.pad(deployment, "spec", "template", "spec"), "containers").get(0);
    }

    private static Map<String, Object> configMap(List<Map<String, Object>> d) {
        return Manifesten.pad(d.stream().filter(m -> "ConfigMap".equals(m.get("kind"))).findFirst().orElseThrow(), "data");
    }
}
