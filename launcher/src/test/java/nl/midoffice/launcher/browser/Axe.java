package nl.midoffice.launcher.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (Deque's accessibility engine, vendored as {@code axe.min.js}, MPL-2.0) in the page a
 * {@link Chromium} shows, against WCAG 2.1 A and AA and axe's best practices. Injected through WebDriver, so the
 * page's Content-Security-Policy (no inline scripts) stays as it is.
 */
public final class Axe {

    static final String VERSIE = "4.14.1";
    /** The impacts a page may not have: people cannot use the page, or only with great difficulty. */
    static final List<String> ERNSTIG = List.of("serious", "critical");

    /** One rule a page breaks, with the elements (CSS selectors) where it does. */
    public record Schending(String id, String impact, String help, String helpUrl, List<String> elementen) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + elementen + " (" + helpUrl + ")";
        }
    }

    private static final String BRON = laad();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = """
            var klaar = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                               resultTypes: ['violations']})
               .then(function (r) {
                 klaar(JSON.stringify(r.violations.map(function (v) {
                   return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                           elementen: v.nodes.map(function (n) { return n.target.join(' '); })};
                 })));
               })
               .catch(function (e) { klaar('FOUT ' + e); });
            """;

    private Axe() {
    }

    /** Every violation on the page as it is now. */
    public static List<Schending> controleer(Chromium chromium) {
        chromium.script(BRON + "\n;return true;");
        Object uitkomst = ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeAsyncScript(RUN);
        String json = String.valueOf(uitkomst);
        if (json.startsWith("FOUT ")) {
            throw new AssertionError("axe-core could not check the page: " + json.substring(5));
        }
        return JSON.readValue(json, new TypeReference<List<Schending>>() {
        });
    }

    /** Asserts that the page has no serious or critical violation; prints the lesser ones. */
    public static void geenErnstigeSchendingen(Chromium chromium, String pagina) {
        List<Schending> schendingen = controleer(chromium);
        schendingen.stream().filter(s -> !ERNSTIG.contains(s.impact()))
                .forEach(s -> System.out.println("[axe] " + pagina + ": " + s));
        assertThat(schendingen.stream().filter(s -> ERNSTIG.contains(s.impact())).toList())
                .as("serious or critical accessibility violations on %s (%s)", pagina, chromium.url())
                .isEmpty();
    }

    private static String laad() {
        try (InputStream in = Axe.class.getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources");
            }
            String bron = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!bron.contains("axe v" + VERSIE)) {
                throw new IllegalStateException("axe.min.js is not axe-core " + VERSIE + ": update Axe.VERSIE");
            }
            return bron;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
