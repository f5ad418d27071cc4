package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.zds.Namespaces.BG;

import java.util.HashSet;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an npsLv01 asks for: StUF answers exactly the elements named in {@code scope/object}. No
 * scope, or {@code StUF:scope="alles"}, asks for everything this suite holds; a {@code verblijfsadres}
 * without children asks for the whole address. {@code inp.bsn} is always answered: it is the key.
 */
final class PersoonScope {

    static final PersoonScope ALLES = new PersoonScope(null, null);
    private static final Set<String> ALLES_WAARDEN = Set.of("alles", "allesZonderMetagegevens");

    /** null means: everything. */
    private final Set<String> velden;
    private final Set<String> adresvelden;

    private PersoonScope(Set<String> velden, Set<String> adresvelden) {
        this.velden = velden;
        this.adresvelden = adresvelden;
    }

    static PersoonScope uit(Element bericht) {
        Element object = Dom.pad(bericht, BG, "scope", "object");
        if (object == null || ALLES_WAARDEN.contains(object.getAttributeNS(Namespaces.STUF, "scope").trim())) {
            return ALLES;
        }
        Element adres = Dom.kind(object, BG, "verblijfsadres");
        Set<String> adresvelden = adres == null ? Set.of() : namen(adres);
        return new PersoonScope(namen(object), adresvelden.isEmpty() && adres != null ? null : adresvelden);
    }

    boolean vraagt(String element) {
        return velden == null || velden.contains(element) || "inp.bsn".equals(element);
    }

    boolean vraagtAdresveld(String element) {
        return vraagt("verblijfsadres") && (adresvelden == null || velden == null || adresvelden.contains(element));
    }

    private static Set<String> namen(Element ouder) {
        Set<String> namen = new HashSet<>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && BG.equals(e.getNamespaceURI())) {
                namen.add(e.getLocalName());
            }
        }
        return namen;
    }
}
