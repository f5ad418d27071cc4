package nl.midoffice.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 contrast (1.4.3, at least 4.5:1 for text) of every text/background pair the stylesheet uses, computed
 * from the design tokens of each municipality's theme in {@code portal.css}. A new colour that is too light fails
 * here before any browser sees it; axe-core checks the rendered pages in the launcher's browser tests.
 */
class KleurcontrastTest {

    private static final double MINIMUM = 4.5;
    /** Pairs of tokens that stand for text on a background in the stylesheet: {text, background}. */
    private static final String[][] PAREN = {
            {"--kleur-tekst", "--kleur-achtergrond"},
            {"--kleur-tekst", "--kleur-primair-zacht"},
            {"--kleur-tekst", "--kleur-grijs"},
            {"--kleur-tekst-zacht", "--kleur-achtergrond"},
            {"--kleur-tekst-zacht", "--kleur-primair-zacht"},
            {"--kleur-tekst-zacht", "--kleur-grijs"},
            {"--kleur-primair", "--kleur-achtergrond"},
            {"--kleur-primair", "--kleur-primair-zacht"},
            {"--kleur-primair-donker", "--kleur-primair-zacht"},
            {"--kleur-primair-donker", "--kleur-grijs"},
            {"--kleur-op-primair", "--kleur-primair"},
            {"--kleur-op-primair", "--kleur-primair-donker"},
            {"--kleur-op-primair", "--kleur-succes"},
            {"--kleur-fout", "--kleur-achtergrond"},
            {"--kleur-fout", "--kleur-grijs"},
            {"--kleur-tekst", "--kleur-focus"}};

    @ParameterizedTest
    @ValueSource(strings = {"thema-lindeveen", "thema-bergdal"})
    void every_text_colour_of_the_theme_has_at_least_4_5_to_1(String thema) throws IOException {
        String css = new ClassPathResource("static/css/portal.css").getContentAsString(StandardCharsets.UTF_8);
        Map<String, String> tokens = new HashMap<>(tokens(blok(css, ":root")));
        Map<String, String> eigen = tokens(blok(css, "." + thema));
        assertThat(eigen).as("the theme sets its own colours").containsKeys("--kleur-primair", "--kleur-primair-zacht");
        tokens.putAll(eigen);

        for (String[] paar : PAREN) {
            double contrast = contrast(tokens.get(paar[0]), tokens.get(paar[1]));
            assertThat(contrast).as("%s %s on %s", thema, paar[0], paar[1]).isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000:#ffffff:21.0", "#777777:#ffffff:4.48", "#ffffff:#ffffff:1.0"})
    void the_contrast_formula_gives_the_known_values(String geval) {
        String[] d = geval.split(":");
        assertThat(contrast(d[0], d[1])).isCloseTo(Double.parseDouble(d[2]), org.assertj.core.data.Offset.offset(0.01));
    }

    private static String blok(String css, String selector) {
        Matcher m = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(m.find()).as("portal.css has a block for " + selector).isTrue();
        return m.group(1);
    }

    private static Map<String, String> tokens(String blok) {
        Map<String, String> tokens = new HashMap<>();
        Matcher m = Pattern.compile("(--kleur-[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(blok);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    static double contrast(String a, String b) {
        double la = luminantie(a);
        double lb = luminantie(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance, WCAG 2.1 definition. */
    private static double luminantie(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
