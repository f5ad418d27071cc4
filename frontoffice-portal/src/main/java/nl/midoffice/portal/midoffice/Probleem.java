package nl.midoffice.portal.midoffice;

import java.util.List;

/** An RFC 9457 problem as the mid-office sends it, with the NL API Design Rules' {@code invalidParams}. */
public record Probleem(String type, String title, Integer status, String detail, List<InvalidParam> invalidParams) {

    public Probleem {
        invalidParams = invalidParams == null ? List.of() : invalidParams;
    }

    public record InvalidParam(String name, String reason) {
    }
}
