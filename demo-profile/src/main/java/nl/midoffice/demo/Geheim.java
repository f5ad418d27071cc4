package nl.midoffice.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One secret of an application, named in its {@link Geheimen}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Geheim {

    /** The property, e.g. {@code portal.midoffice.secret}. */
    String value();

    /**
     * The environment variable that sets it, for the start-up message; by default the one Spring Boot's relaxed
     * binding derives from the property ({@code PORTAL_MIDOFFICE_SECRET}).
     */
    String omgeving() default "";

    /** Whether the app needs it; an optional secret is only refused when it is a published demo value. */
    boolean verplicht() default true;

    /** A boolean property (default true) that switches off what needs the secret, e.g. an adapter's {@code enabled}. */
    String alleenAls() default "";
}
