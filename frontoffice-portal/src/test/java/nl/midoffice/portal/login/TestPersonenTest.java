package nl.midoffice.portal.login;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import nl.midoffice.contracts.Bsn;
import nl.midoffice.portal.MvcTestSupport;
import nl.midoffice.portal.catalogus.Gemeente;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The simulated DigiD offers the BRP simulator's test persons, under their own names and municipalities. */
class TestPersonenTest extends MvcTestSupport {

    /** The BRP simulator's data, read from the repository: the portal itself never talks to the simulator. */
    private static final Path BRP_PERSONEN =
            Path.of("..", "backoffice-adapters", "brp", "simulator", "src", "main", "resources", "personen.json");

    @Test
    void the_list_equals_the_test_persons_of_the_brp_simulator() throws Exception {
        JsonNode personen = JsonMapper.builder().build().readTree(Files.readString(BRP_PERSONEN));
        List<TestPersonen.TestPersoon> brp = new ArrayList<>();
        for (JsonNode persoon : personen) {
            JsonNode naam = persoon.path("naam");
            List<String> delen = new ArrayList<>();
            for (String deel : new String[] {"voornamen", "voorvoegsel", "geslachtsnaam"}) {
                if (naam.path(deel).isString()) {
                    delen.add(naam.path(deel).asString());
                }
            }
            brp.add(new TestPersonen.TestPersoon(persoon.path("burgerservicenummer").asString(), String.join(" ", delen),
                    persoon.path("gemeenteVanInschrijving").path("code").asString()));
        }

        assertThat(TestPersonen.ALLE).isNotEmpty().containsExactlyInAnyOrderElementsOf(brp);
        assertThat(TestPersonen.ALLE).allSatisfy(p -> assertThat(Bsn.isGeldig(p.bsn())).isTrue());
    }

    @Test
    void the_login_page_shows_the_inhabitants_of_the_counters_municipality_first() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie));

        String html = mvc.perform(get("/inloggen").session(sessie)).andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("Woont in Bergdal")).isPositive().isLessThan(html.indexOf("Woont in Lindeveen"));
        assertThat(html.indexOf("Woont in Lindeveen")).isLessThan(html.indexOf("Woont in een andere gemeente"));
        assertThat(html).contains("Inloggen als Anna Maria van den Berg", "Inloggen als Jan Pieter de Vries",
                "Na 15 minuten zonder activiteit wordt u automatisch uitgelogd");
    }

    @Test
    void groups_cover_every_test_person_once() {
        List<TestPersonen.Groep> groepen = TestPersonen.groepen(Gemeente.LINDEVEEN);

        assertThat(groepen).extracting(TestPersonen.Groep::gemeente)
                .containsExactly(Gemeente.LINDEVEEN, Gemeente.BERGDAL, null);
        assertThat(groepen.stream().flatMap(g -> g.personen().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(TestPersonen.ALLE);
    }

    @Test
    void a_test_person_never_shows_the_bsn_when_printed() {
        assertThat(TestPersonen.ALLE.get(0).toString()).doesNotContain(TestPersonen.ALLE.get(0).bsn());
    }
}
