package nl.midoffice.portal.catalogus;

import java.util.Arrays;
import java.util.Optional;

/** The products at the counter (DESIGN §5); the id is the mid-office's product id and the URL segment. */
public enum Product {
    MELDING_OPENBARE_RUIMTE("melding-openbare-ruimte", "Melding openbare ruimte",
            "Meld een probleem op straat, zoals een kapotte lantaarnpaal, losliggende tegels of zwerfafval.", true),
    VERHUIZING("verhuizing", "Verhuizing doorgeven",
            "Geef uw verhuizing binnen de gemeente door.", false),
    PARKEERVERGUNNING("parkeervergunning", "Parkeervergunning aanvragen",
            "Vraag een parkeervergunning voor bewoners aan.", false);

    private final String id;
    private final String naam;
    private final String omschrijving;
    private final boolean digitaalBeschikbaar;

    Product(String id, String naam, String omschrijving, boolean digitaalBeschikbaar) {
        this.id = id;
        this.naam = naam;
        this.omschrijving = omschrijving;
        this.digitaalBeschikbaar = digitaalBeschikbaar;
    }

    public String getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public boolean isDigitaalBeschikbaar() {
        return digitaalBeschikbaar;
    }

    public static Optional<Product> vanId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
