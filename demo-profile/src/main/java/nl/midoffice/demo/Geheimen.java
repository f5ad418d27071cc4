package nl.midoffice.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.ElementType;

/**
 * The secrets of an application, on its {@code @SpringBootApplication} class. Outside the demo profile the app does
 * not start while one of them is missing or a published demo value ({@link GeheimenControle}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Geheimen {

    Geheim[] value();
}
