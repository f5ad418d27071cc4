package nl.midoffice.adapterkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The guide ({@code backoffice-adapters/README.md}) shows a complete example adapter and simulator; the kit's
 * tests run exactly that code ({@code MeldingenZaakRegistrerenContractIT}). This test keeps the two the same,
 * so a snippet a developer copies is one that passes the contract.
 */
class GidsVoorbeeldTest {

    private static final Path GIDS = Path.of("../README.md");
    private static final Pattern JAVA = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern KLASSE = Pattern.compile("package ([\\w.]+);.*?(?:class|record|interface) (\\w+)",
            Pattern.DOTALL);

    @Test
    void everyJavaSnippetOfTheGuideIsTheCodeTheKitTests() throws IOException {
        List<String> vergeleken = new ArrayList<>();
        Matcher blok = JAVA.matcher(Files.readString(GIDS));
        while (blok.find()) {
            String code = blok.group(1);
            Matcher klasse = KLASSE.matcher(code);
            assertThat(klasse.find()).as("a snippet with a package and a class").isTrue();
            Path bron = Path.of("src/test/java", klasse.group(1).replace('.', '/'), klasse.group(2) + ".java");
            assertThat(bron).as("the guide's " + klasse.group(2)).exists();
            assertThat(Files.readString(bron)).as("the guide's " + klasse.group(2) + " and " + bron).isEqualTo(code);
            vergeleken.add(klasse.group(2));
        }
        assertThat(vergeleken).contains("MeldingenSimulatorApplication", "MeldingenController", "MeldingenProperties",
                "ZaakRegistrerenRoute", "MeldingenAutoConfiguration", "MeldingenZaakRegistrerenContractIT");
    }

    @Test
    void theSimulatorSettingsOfTheGuideAreTheOnesTheKitTests() throws IOException {
        String gids = Files.readString(GIDS);
        String instellingen = Files.readString(Path.of("src/test/resources/application.properties"));

        assertThat(gids).contains("```properties\n" + instellingen + "```");
    }
}
