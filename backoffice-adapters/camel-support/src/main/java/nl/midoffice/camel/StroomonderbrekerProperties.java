package nl.midoffice.camel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Resilience4j settings of every adapter's circuit breaker ({@code midoffice.stroomonderbreker.*}): it opens
 * when {@code foutpercentage} of the last {@code venster} calls failed (once {@code minimumAanroepen} were made),
 * stays open for {@code open}, then lets {@code halfOpenAanroepen} calls through to test the system.
 */
@ConfigurationProperties("midoffice.stroomonderbreker")
public record StroomonderbrekerProperties(
        @DefaultValue("10") int venster,
        @DefaultValue("5") int minimumAanroepen,
        @DefaultValue("50") float foutpercentage,
        @DefaultValue("5s") Duration open,
        @DefaultValue("2") int halfOpenAanroepen) {

    /** The defaults, as every adapter had them. */
    public static StroomonderbrekerProperties standaard() {
        return new StroomonderbrekerProperties(10, 5, 50, Duration.ofSeconds(5), 2);
    }
}
