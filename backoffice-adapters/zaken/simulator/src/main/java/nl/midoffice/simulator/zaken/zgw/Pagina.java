package nl.midoffice.simulator.zaken.zgw;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** A page of a ZGW list ({@code count}, {@code next}, {@code previous}, {@code results}) as DRF's page number pagination. */
public record Pagina<T>(long count, String next, String previous, List<T> results) {

    /**
     * @param pagina the {@code page} query parameter as sent, or null for the first page
     * @throws ZgwFout 404 "Ongeldige pagina." for a page that is not a number or lies beyond the last one
     */
    public static <T> Pagina<T> van(List<T> alle, String pagina, int grootte, String basisUrl, HttpServletRequest request) {
        int nummer = paginanummer(pagina);
        int laatste = Math.max(1, (alle.size() + grootte - 1) / grootte);
        if (nummer > laatste) {
            throw new ZgwFout(HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.",
                    "Ongeldige pagina.", null);
        }
        List<T> deel = alle.subList((nummer - 1) * grootte, Math.min(alle.size(), nummer * grootte));
        UriComponentsBuilder hier = UriComponentsBuilder.fromUriString(basisUrl + request.getRequestURI())
                .query(request.getQueryString());
        String volgende = nummer < laatste ? hier.cloneBuilder().replaceQueryParam("page", nummer + 1).build().toUriString() : null;
        String vorige = nummer == 1 ? null : nummer == 2
                ? hier.cloneBuilder().replaceQueryParam("page").build().toUriString()
                : hier.cloneBuilder().replaceQueryParam("page", nummer - 1).build().toUriString();
        return new Pagina<>(alle.size(), volgende, vorige, deel);
    }

    private static int paginanummer(String pagina) {
        if (pagina == null || pagina.isBlank()) {
            return 1;
        }
        try {
            int nummer = Integer.parseInt(pagina.strip());
            if (nummer >= 1) {
                return nummer;
            }
        } catch (NumberFormatException e) {
            // DRF answers any unreadable page number with the same 404
        }
        throw new ZgwFout(HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.",
                "Ongeldige pagina.", null);
    }
}
