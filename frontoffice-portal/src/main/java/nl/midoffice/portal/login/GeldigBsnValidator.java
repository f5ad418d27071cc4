package nl.midoffice.portal.login;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports the specific reason from {@link BsnInvoer} instead of one generic message. */
class GeldigBsnValidator implements ConstraintValidator<GeldigBsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return BsnInvoer.fout(value).map(reden -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reden).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
