package nl.midoffice.portal.formulier;

import java.util.function.Function;

import org.springframework.validation.BindingResult;

import nl.midoffice.portal.midoffice.Probleem;

/**
 * Puts the mid-office's {@code invalidParams} next to the form fields they are about; what cannot
 * be placed goes to the error summary, so no reason is ever dropped.
 */
public final class ApiFouten {

    private ApiFouten() {
    }

    /**
     * @param veldVoor the form field for an {@code invalidParams} name, or null when the form has none
     * @param algemeneFout what to say when the problem names no field and gives no detail
     */
    public static void plaats(Probleem probleem, BindingResult errors, Function<String, String> veldVoor,
            String algemeneFout) {
        if (probleem.invalidParams().isEmpty()) {
            errors.reject("midoffice", probleem.detail() != null ? probleem.detail() : algemeneFout);
            return;
        }
        for (Probleem.InvalidParam param : probleem.invalidParams()) {
            String reden = param.reason() != null ? param.reason() : algemeneFout;
            String veld = param.name() == null ? null : veldVoor.apply(param.name());
            if (veld != null) {
                errors.rejectValue(veld, "midoffice", reden);
            } else {
                errors.reject("midoffice", reden);
            }
        }
    }
}
