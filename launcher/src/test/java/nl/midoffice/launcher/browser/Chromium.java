package nl.midoffice.launcher.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for the browser tests, driven through the system's chromedriver: the Debian packages
 * {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Nothing is downloaded: the driver
 * and the browser are given by path, so Selenium Manager never runs.
 *
 * <p>Where they are: {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} (environment) or {@code -Dchromium.binary}
 * and {@code -Dchromedriver}, else {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 *
 * <p>Missing binaries: on CI ({@code CI} set, as every CI service does) the tests <em>fail</em> with the way to
 * install them; on a developer's machine they are skipped, with a banner on stderr that says so.
 *
 * <p>Each instance is one browser with a fresh profile in {@code target/}: its own cookies, so two instances are
 * two people. Screenshots go to {@code target/screenshots/}, which CI keeps as a build artefact.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCHERMAFBEELDINGEN = Path.of("target", "screenshots").toAbsolutePath();
    private static final Duration WACHTTIJD_PAGINA = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profiel;

    private Chromium(ChromeDriver driver, Path profiel) {
        this.driver = driver;
        this.profiel = profiel;
    }

    static Path browser() {
        return pad("CHROMIUM_BINARY", "chromium.binary", "/usr/bin/chromium");
    }

    static Path chromedriver() {
        return pad("CHROMEDRIVER", "chromedriver", "/usr/bin/chromedriver");
    }

    /**
     * Call from {@code @BeforeAll}: returns when both binaries are there; otherwise fails on CI and skips loudly
     * elsewhere.
     */
    public static void vereist() {
        boolean browser = Files.isExecutable(browser());
        boolean driver = Files.isExecutable(chromedriver());
        if (browser && driver) {
            return;
        }
        String wat = (browser ? "" : "no browser at " + browser() + " ") + (driver ? "" : "no chromedriver at " + chromedriver());
        String hoe = "Install them with: apt-get install -y chromium chromium-driver "
                + "(or set CHROMIUM_BINARY and CHROMEDRIVER to a matching Chrome and chromedriver)";
        if (opCi()) {
            throw new IllegalStateException("Browser tests cannot run: " + wat.strip() + ". " + hoe);
        }
        System.err.println("""

                ************************************************************************
                  BROWSER TESTS SKIPPED: %s
                  %s
                  (On CI they fail instead of being skipped.)
                ************************************************************************
                """.formatted(wat.strip(), hoe));
        Assumptions.abort("Browser tests skipped: " + wat.strip());
    }

    /** A desktop-sized window. */
    public static Chromium start() {
        return start(1280, 1000);
    }

    public static Chromium start(int breedte, int hoogte) {
        try {
            Path profielen = Path.of("target", "chromium-profielen").toAbsolutePath();
            Files.createDirectories(profielen);
            Path profiel = Files.createTempDirectory(profielen, "profiel-");
            ChromeOptions opties = new ChromeOptions();
            opties.setBinary(browser().toFile());
            opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=nl-NL",
                    "--user-data-dir=" + profiel, "--window-size=" + breedte + "," + hoogte);
            opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            opties.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogOutput(java.io.OutputStream.nullOutputStream())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, opties);
            driver.manage().timeouts().pageLoadTimeout(WACHTTIJD_PAGINA).scriptTimeout(WACHTTIJD_PAGINA);
            return new Chromium(driver, profiel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement vind(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> vindAlle(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The button or link whose visible text is exactly this (spaces normalised). */
    public WebElement knop(String tekst) {
        return driver.findElement(By.xpath("//*[self::button or self::a][normalize-space()='" + tekst + "']"));
    }

    public WebElement actief() {
        return driver.switchTo().activeElement();
    }

    public Object script(String script, Object... argumenten) {
        return ((JavascriptExecutor) driver).executeScript(script, argumenten);
    }

    /**
     * Sets an {@code <input type="date">} the way the browser's date picker would (typing into it depends on the
     * browser's locale), and tells the page about it.
     */
    public void zetDatum(String css, String isoDatum) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vind(css), isoDatum);
    }

    /** Saves a PNG of the visible window under {@code target/screenshots/<naam>.png}. */
    public Path schermafbeelding(String naam) {
        try {
            Files.createDirectories(SCHERMAFBEELDINGEN);
            Path bestand = SCHERMAFBEELDINGEN.resolve(naam + ".png");
            Files.write(bestand, driver.getScreenshotAs(OutputType.BYTES));
            return bestand;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's console errors since the last call: script errors, Content-Security-Policy refusals, failed loads.
     * Reading empties the browser's buffer.
     */
    public List<String> consoleFouten() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Whether the page is wider than the window, so a person would have to scroll sideways. */
    public boolean scroltHorizontaal() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            verwijder(profiel);
        }
    }

    static boolean opCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }

    private static Path pad(String omgeving, String eigenschap, String standaard) {
        String waarde = System.getenv(omgeving);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getProperty(eigenschap, standaard);
        }
        return Path.of(waarde);
    }

    private static void verwijder(Path map) {
        try (var paden = Files.walk(map)) {
            paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in target/ is harmless; the next clean removes it
        }
    }
}
