package nl.midoffice.portal.midoffice;

/**
 * Body of {@code POST /api/v1/aanvragen}. {@code gegevens} is product specific (docs/architecture.md);
 * each product's form supplies its own record.
 */
public record NieuweAanvraag(String product, String gemeente, Aanvrager aanvrager, Object gegevens) {

    public record Aanvrager(String bsn) {
        @Override
        public String toString() {
            return "Aanvrager[bsn=***]"; // a BSN must never end up in a log line by accident
        }
    }
}
