package nl.midoffice.midoffice.verboden;

import nl.midoffice.adapter.zaken.ZakenAutoConfiguration;

/** Violates the mid-office rule on purpose: mid-office code that names an adapter class. */
public class MidofficeMetAdapterCode {

    public Class<?> adapter() {
        return ZakenAutoConfiguration.class;
    }
}
