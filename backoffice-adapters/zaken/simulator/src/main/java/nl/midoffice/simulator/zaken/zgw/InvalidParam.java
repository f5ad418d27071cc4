package nl.midoffice.simulator.zaken.zgw;

/** One field error of a ZGW {@code ValidatieFout}, as Open Zaak reports it. */
public record InvalidParam(String name, String code, String reason) {
}
