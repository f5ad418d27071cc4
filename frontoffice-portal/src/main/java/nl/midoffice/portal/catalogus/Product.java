package nl.midoffice.portal.catalogus;

import java.util.Arrays;
import java.util.Optional;

/** The products at the counter (docs/architecture.md); the id is the mid-office's product id and URL segment. */
public enum Product {
    MELDING_OPENBARE_RUIMTE("melding-openbare-ruimte", "Melding openbare ruimte", "Melding openbare ruimte",
            "Meld een probleem op straat, zoals een kapotte lantaarnpaal, losliggende tegels of zwerfafval.", true),
    VERHUIZING("verhuizing", "Verhuizing doorgeven", "Verhuizing binnen de gemeente",
            "Geef uw verhuizing binnen de gemeente door.", true),
    PARKEERVERGUNNING("parkeervergunning", "Parkeervergunning aanvragen", "Parkeervergunning voor bewoners",
            "Vraag een parkeervergunning voor bewoners aan.", true);

    private final String id;
    private final String naam;
    private final String aanvraagNaam;
    private final String omschrijving;
    private final boolean digitaalBeschikbaar;

    /**
     * @param naam what the citizen can do, for the catalogue ("Verhuizing doorgeven")
     * @param aanvraagNaam what the aanvraag is, for "Mijn aanvragen" ("Verhuizing binnen de gemeente")
     */
    Product(String id, String naam, String aanvraagNaam, String omschrijving, boolean digitaalBeschikbaar) {
        this.id = id;
        this.naam = naam;
        this.aanvraagNaam = aanvraagNaam;
        this.omschrijving = omschrijving;
        this.digitaalBeschikbaar = digitaalBeschikbaar;
    }

    public String getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getAanvraagNaam() {
        return aanvraagNaam;
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
