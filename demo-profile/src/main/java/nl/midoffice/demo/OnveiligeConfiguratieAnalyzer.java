package nl.midoffice.demo;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link OnveiligeConfiguratie} into Spring Boot's "APPLICATION FAILED TO START" report: what, and what to do. */
class OnveiligeConfiguratieAnalyzer extends AbstractFailureAnalyzer<OnveiligeConfiguratie> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OnveiligeConfiguratie cause) {
        String wat = cause.bevindingen().stream().map(b -> "  - " + b.uitleg()).collect(Collectors.joining("\n"));
        String zet = cause.bevindingen().stream().map(b -> "  " + b.omgeving() + "=<a secret of your own>")
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis("Outside the '" + DemoProfiel.NAAM + "' profile this app does not run with missing"
                + " or published demo secrets:\n" + wat,
                "Set your own secrets, e.g. as environment variables:\n" + zet + "\nor, to run the demo on your own"
                        + " machine only, start with --spring.profiles.active=" + DemoProfiel.NAAM + ".",
                cause);
    }
}
