package nl.midoffice.midoffice.api;

/** One invalid field of a request, as NL API problem details report it ({@code invalidParams}). */
public record InvalidParam(String name, String reason) {
}
