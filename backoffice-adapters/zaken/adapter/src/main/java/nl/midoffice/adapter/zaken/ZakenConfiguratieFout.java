package nl.midoffice.adapter.zaken;

/**
 * The zaaksysteem refused our credentials (401) or our client's rights (403): the configuration is wrong, not the
 * aanvraag. Technical, so the message is retried and finally dead-lettered with this reason; after the
 * configuration is fixed it can be retried from the console.
 */
public class ZakenConfiguratieFout extends ZakenStoring {

    public ZakenConfiguratieFout(String message) {
        super(message);
    }
}
