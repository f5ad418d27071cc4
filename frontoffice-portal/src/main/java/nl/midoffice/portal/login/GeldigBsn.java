package nl.midoffice.portal.login;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A form field holding a BSN; reused by later forms (e.g. co-movers of a verhuizing). */
@Documented
@Constraint(validatedBy = GeldigBsnValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigBsn {

    String message() default "Dit is geen geldig BSN.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
