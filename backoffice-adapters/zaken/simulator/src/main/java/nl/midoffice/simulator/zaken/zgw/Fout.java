package nl.midoffice.simulator.zaken.zgw;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The ZGW error body ({@code Fout}, or {@code ValidatieFout} when it carries invalidParams), sent as
 * {@code application/problem+json}.
 */
public record Fout(String type, String code, String title, int status, String detail, String instance,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<InvalidParam> invalidParams) {
}
