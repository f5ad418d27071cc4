package nl.midoffice.portal.catalogus;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which municipality's counter ("loket") the citizen is at. Every municipality has its own front door
 * ({@code /lindeveen}, {@code /bergdal}); entering one remembers the choice in the session, so every later page
 * has that municipality's name and look and every aanvraag is submitted for its code. Without a choice the
 * counter is the first municipality's, Lindeveen, and every page offers the way to the other one.
 *
 * <p>Only the session holds the choice, not the URL of each page: the forms and links stay the same for
 * every municipality, as the route 0 idea of one shared counter asks. Templates call it as
 * {@code @loketKeuze.huidig()}, so error pages get the right look too.
 */
@Component("loketKeuze")
public class LoketKeuze {

    static final String SESSIE_ATTRIBUUT = LoketKeuze.class.getName();
    public static final Gemeente STANDAARD = Gemeente.LINDEVEEN;

    /** The counter of the current request (there always is one while a page renders). */
    public Gemeente huidig() {
        RequestAttributes attributen = RequestContextHolder.getRequestAttributes();
        if (attributen instanceof ServletRequestAttributes servlet) {
            return huidig(servlet.getRequest());
        }
        return STANDAARD;
    }

    /** Reads the choice without creating a session for a visitor who made none. */
    public Gemeente huidig(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        Object gekozen = sessie == null ? null : sessie.getAttribute(SESSIE_ATTRIBUUT);
        return gekozen instanceof String code ? Gemeente.vanCode(code).orElse(STANDAARD) : STANDAARD;
    }

    /** The other counters, for the way there that every page offers. */
    public List<Gemeente> andere() {
        Gemeente huidig = huidig();
        return Arrays.stream(Gemeente.values()).filter(g -> g != huidig).toList();
    }

    /** Kept as the code, a plain string, so a session stays readable across restarts and versions. */
    public void kies(HttpServletRequest request, Gemeente gemeente) {
        request.getSession().setAttribute(SESSIE_ATTRIBUUT, gemeente.getCode());
    }
}
