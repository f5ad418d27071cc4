package nl.midoffice.adapter.legacysuite;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling the legacy-suite routes opt into. A technical failure is retried a few times in process
 * with exponential backoff; then the JMS transaction rolls back and the broker redelivers later with its
 * own, longer backoff, and finally moves the message to {@code DLQ.<queue>}. Nothing is swallowed:
 * functional refusals are not exceptions, they become a status.
 */
public class LegacySuiteErrorHandling extends RouteConfigurationBuilder {

    static final String ID = "legacy-suite.errors";

    private final LegacySuiteProperties properties;

    public LegacySuiteErrorHandling(LegacySuiteProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .maximumRedeliveries(properties.redeliveries())
                    .redeliveryDelay(500)
                    .useExponentialBackOff()
                    .backOffMultiplier(2)
                    .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                    .logExhaustedMessageBody(false)
                    // an unavailable back office is expected, and the broker redelivers: one line, no stack trace
                    .logStackTrace(false)
                    .logRetryStackTrace(false)
                    .handled(false);
    }
}
