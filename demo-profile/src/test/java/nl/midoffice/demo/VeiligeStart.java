package nl.midoffice.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For the apps' tests (this module's test jar): start an app the way its users would, on a free port, without or
 * with the demo profile.
 */
public final class VeiligeStart {

    private VeiligeStart() {
    }

    /** Starts the app without the demo profile and returns why it refused; fails if it started. */
    public static OnveiligeConfiguratie weigering(Class<?> app, String... argumenten) {
        try (ConfigurableApplicationContext context = SpringApplication.run(app, metPoortNul(argumenten))) {
            throw new AssertionError(app.getSimpleName() + " started without the demo profile");
        } catch (OnveiligeConfiguratie e) {
            return e;
        }
    }

    /** Starts the app under the demo profile, checks it listens on localhost only, and stops it again. */
    public static void startOnderDemoProfiel(Class<?> app, String... argumenten) {
        List<String> alle = new ArrayList<>(List.of(metPoortNul(argumenten)));
        alle.add("--spring.profiles.active=" + DemoProfiel.NAAM);
        try (ConfigurableApplicationContext context = SpringApplication.run(app, alle.toArray(String[]::new))) {
            AlleenLokaal.luistert(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        }
    }

    private static String[] metPoortNul(String... argumenten) {
        List<String> alle = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        alle.addAll(List.of(argumenten));
        return alle.toArray(String[]::new);
    }
}
