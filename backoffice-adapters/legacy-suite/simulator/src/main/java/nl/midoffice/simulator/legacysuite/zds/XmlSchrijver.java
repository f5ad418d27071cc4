package nl.midoffice.simulator.legacysuite.zds;

/**
 * Writes the suite's answers with the prefixes of the published examples, indented so a person
 * reading a trace can follow them. Every text and attribute value is escaped.
 */
final class XmlSchrijver {

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int diepte;

    XmlSchrijver open(String tag, String... attributen) {
        begin(tag, attributen).append(">\n");
        diepte++;
        return this;
    }

    XmlSchrijver sluit(String tag) {
        diepte--;
        inspringen().append("</").append(tag).append(">\n");
        return this;
    }

    /** Always writes the element, empty when there is no value, as the La01 example does for toelichting. */
    XmlSchrijver element(String tag, String tekst) {
        inspringen().append('<').append(tag).append('>')
                .append(tekst == null ? "" : escape(tekst))
                .append("</").append(tag).append(">\n");
        return this;
    }

    /** Leaves the element out when there is no value. */
    XmlSchrijver optioneel(String tag, String tekst) {
        return tekst == null ? this : element(tag, tekst);
    }

    XmlSchrijver leeg(String tag, String... attributen) {
        begin(tag, attributen).append("/>\n");
        return this;
    }

    @Override
    public String toString() {
        return xml.toString();
    }

    private StringBuilder begin(String tag, String... attributen) {
        inspringen().append('<').append(tag);
        for (int i = 0; i + 1 < attributen.length; i += 2) {
            xml.append(' ').append(attributen[i]).append("=\"").append(escape(attributen[i + 1])).append('"');
        }
        return xml;
    }

    private StringBuilder inspringen() {
        return xml.append("  ".repeat(diepte));
    }

    static String escape(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        for (char c : tekst.toCharArray()) {
            switch (c) {
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '&' -> uit.append("&amp;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&apos;");
                default -> uit.append(c);
            }
        }
        return uit.toString();
    }
}
