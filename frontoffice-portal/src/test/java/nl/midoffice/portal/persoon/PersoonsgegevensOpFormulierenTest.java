package nl.midoffice.portal.persoon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;

import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The verhuizing and parkeervergunning forms greet the citizen and show their current address from the
 * mid-office's persoonsgegevens; when those cannot be had, the form works as before with a short note.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersoonsgegevensOpFormulierenTest extends MvcTestSupport {

    static final String PAD = "/api/v1/persoonsgegevens";
    static final String ANNA = """
            {"naam":{"voornamen":"Anna Maria","voorvoegsel":"van den","geslachtsnaam":"Berg",
                     "volledigeNaam":"Anna Maria van den Berg"},
             "geboortedatum":"1984-05-21",
             "adres":{"straat":"Molenweg","huisnummer":23,"huisletter":"A","huisnummertoevoeging":null,
                      "postcode":"9002EF","woonplaats":"Bergdal"},
             "gemeenteVanInschrijving":"9002","bron":"brp"}""";

    private MockHttpSession bijBergdal() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie));
        return sessie;
    }

    @Test
    void the_verhuizing_form_greets_by_name_and_shows_the_current_address(CapturedOutput log) throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 200, ANNA);

        mvc.perform(get("/producten/verhuizing").session(bijBergdal()).with(alsBurger("999999321")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Goedendag Anna Maria van den Berg."),
                        containsString("Uw huidige adres:"),
                        containsString("data-testid=\"huidig-adres\">Molenweg 23A, 9002EF Bergdal<"),
                        not(containsString("elders-ingeschreven")))));

        assertThat(MIDOFFICE.enigVerzoek().query()).isEqualTo("gemeente=9002");
        assertThat(log.getAll()).doesNotContain("999999321", "Molenweg", "Anna Maria");
    }

    @Test
    void the_parkeervergunning_form_names_the_address_the_permit_is_for() throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 200, ANNA.replace("\"huisletter\":\"A\",\"huisnummertoevoeging\":null",
                "\"huisletter\":null,\"huisnummertoevoeging\":\"2\""));

        mvc.perform(get("/producten/parkeervergunning").session(bijBergdal()).with(alsBurger("999999321")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("De vergunning is voor uw adres:"),
                        containsString(">Molenweg 23-2, 9002EF Bergdal<"),
                        containsString("name=\"kenteken\""))));
    }

    @Test
    void a_person_registered_elsewhere_is_told_so_on_the_form() throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 200, ANNA.replace("\"gemeenteVanInschrijving\":\"9002\"",
                "\"gemeenteVanInschrijving\":\"9001\""));

        mvc.perform(get("/producten/parkeervergunning").session(bijBergdal()).with(alsBurger("999999321")))
                .andExpect(content().string(containsString(
                        "volgens de gegevens van de gemeente staat u ingeschreven in Lindeveen, niet in Bergdal.")));
    }

    @Test
    void an_unknown_person_gets_a_note_and_a_working_form() throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 404, "{\"title\":\"Persoon niet gevonden\",\"status\":404}");

        mvc.perform(get("/producten/verhuizing").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("De gemeente Lindeveen heeft geen inschrijving van u gevonden."),
                        containsString("name=\"postcode\""),
                        containsString("name=\"idempotencyKey\""),
                        not(containsString("data-testid=\"persoon\"")))));
    }

    @Test
    void when_the_back_office_does_not_answer_the_form_still_works() throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 503, "{\"title\":\"De basisregistratie antwoordde niet op tijd\",\"status\":503}");

        for (String formulier : new String[] {"/producten/verhuizing", "/producten/parkeervergunning"}) {
            mvc.perform(get(formulier).with(alsBurger(BSN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("Uw gegevens bij de gemeente kunnen nu niet worden opgehaald."),
                            containsString("Verder naar controleren"),
                            not(containsString("Tijdelijk niet beschikbaar")))));
        }
    }

    @Test
    void an_unreadable_answer_counts_as_unavailable() throws Exception {
        MIDOFFICE.antwoord("GET", PAD, 200, "<html>proxy</html>");

        mvc.perform(get("/producten/verhuizing").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kunnen nu niet worden opgehaald")));
    }

    @Test
    void the_melding_form_does_not_look_anyone_up() throws Exception {
        mvc.perform(get("/producten/melding-openbare-ruimte").with(alsBurger(BSN))).andExpect(status().isOk());

        assertThat(MIDOFFICE.verzoeken()).as("a melding needs no personal data").isEmpty();
    }
}
