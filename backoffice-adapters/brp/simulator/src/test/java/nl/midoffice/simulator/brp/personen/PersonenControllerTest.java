package nl.midoffice.simulator.brp.personen;

import static nl.midoffice.simulator.brp.Bevragen.PAD;
import static nl.midoffice.simulator.brp.Bevragen.bsns;
import static nl.midoffice.simulator.brp.Bevragen.personen;
import static nl.midoffice.simulator.brp.Bevragen.raadpleeg;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class PersonenControllerTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @Test
    void raadpleegtEenPersoonEnLevertAlleenDeGevraagdeVelden() throws Exception {
        mvc.perform(personen(raadpleeg("999993653", "naam.voornamen", "adressering.adresregel1", "geboorte.datum")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.type").value("RaadpleegMetBurgerservicenummer"))
                .andExpect(jsonPath("$.personen.length()").value(1))
                .andExpect(jsonPath("$.personen[0].naam.voornamen").value("Jan Pieter"))
                .andExpect(jsonPath("$.personen[0].naam.geslachtsnaam").doesNotExist())
                .andExpect(jsonPath("$.personen[0].adressering.adresregel1").value("Lindelaan 12"))
                .andExpect(jsonPath("$.personen[0].adressering.adresregel2").doesNotExist())
                .andExpect(jsonPath("$.personen[0].geboorte.datum.type").value("Datum"))
                .andExpect(jsonPath("$.personen[0].geboorte.datum.datum").value("1975-03-14"))
                .andExpect(jsonPath("$.personen[0].geboorte.datum.langFormaat").value("14 maart 1975"))
                .andExpect(jsonPath("$.personen[0].geboorte.land").doesNotExist())
                .andExpect(jsonPath("$.personen[0].burgerservicenummer").doesNotExist())
                .andExpect(jsonPath("$.personen[0].verblijfplaats").doesNotExist());
    }

    @Test
    void eenHeelObjectEnTopniveauveldenWordenGeleverd() throws Exception {
        mvc.perform(personen(raadpleeg("999999321", "burgerservicenummer", "verblijfplaats", "gemeenteVanInschrijving")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personen[0].burgerservicenummer").value("999999321"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.type").value("Adres"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.officieleStraatnaam").value("Molenweg"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.huisnummer").value(23))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.huisletter").value("A"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.postcode").value("9002EF"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.woonplaats").value("Bergdal"))
                .andExpect(jsonPath("$.personen[0].gemeenteVanInschrijving.code").value("9002"))
                .andExpect(jsonPath("$.personen[0].gemeenteVanInschrijving.omschrijving").value("Bergdal"))
                .andExpect(jsonPath("$.personen[0].naam").doesNotExist());
    }

    @Test
    void eenVeldBinnenEenPolymorfObjectHoudtHetType() throws Exception {
        mvc.perform(personen(raadpleeg("999993653", "verblijfplaats.verblijfadres.postcode")))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.type").value("Adres"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.postcode").value("9001AB"))
                .andExpect(jsonPath("$.personen[0].verblijfplaats.verblijfadres.huisnummer").doesNotExist())
                .andExpect(jsonPath("$.personen[0].verblijfplaats.datumVan").doesNotExist());
    }

    @Test
    void leeftijdIsDeLeeftijdOpDeDagVanDeVraag() throws Exception {
        int verwacht = Period.between(LocalDate.of(2014, 5, 8), LocalDate.now(ZoneId.of("Europe/Amsterdam"))).getYears();
        mvc.perform(personen(raadpleeg("999996708", "leeftijd")))
                .andExpect(jsonPath("$.personen[0].leeftijd").value(verwacht))
                .andExpect(jsonPath("$.personen[0].length()").value(1));
    }

    @Test
    void partnersEnKinderenMetEenVeldDaarbinnen() throws Exception {
        mvc.perform(personen(raadpleeg("999993653", "partners.burgerservicenummer", "kinderen.naam.voornamen")))
                .andExpect(jsonPath("$.personen[0].partners.length()").value(1))
                .andExpect(jsonPath("$.personen[0].partners[0].burgerservicenummer").value("999995492"))
                .andExpect(jsonPath("$.personen[0].partners[0].naam").doesNotExist())
                .andExpect(jsonPath("$.personen[0].kinderen[0].naam.voornamen").value("Sanne Maria"))
                .andExpect(jsonPath("$.personen[0].kinderen[0].burgerservicenummer").doesNotExist());
    }

    @Test
    void eenOnbekendBsnOntbreektGewoonInHetAntwoord() throws Exception {
        mvc.perform(personen(raadpleeg("123456782", "naam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("RaadpleegMetBurgerservicenummer"))
                .andExpect(jsonPath("$.personen").isArray())
                .andExpect(jsonPath("$.personen.length()").value(0));
    }

    @Test
    void meerdereBsnsInEenVraagOnbekendeEnDubbeleWeggelaten() throws Exception {
        mvc.perform(personen(raadpleeg(bsns("999995492", "123456782", "999994086", "999995492"), "burgerservicenummer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personen.length()").value(2))
                .andExpect(jsonPath("$.personen[*].burgerservicenummer", containsInAnyOrder("999995492", "999994086")));
    }

    @Test
    void gemeenteVanInschrijvingBeperktTotPersonenInDieGemeente() throws Exception {
        String body = "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"burgerservicenummer\":[\"999993653\",\"999991802\"],"
                + "\"gemeenteVanInschrijving\":\"9002\",\"fields\":[\"burgerservicenummer\"]}";
        mvc.perform(personen(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personen.length()").value(1))
                .andExpect(jsonPath("$.personen[0].burgerservicenummer").value("999991802"));
    }

    @Test
    void metOfZonderApiSleutelEnMetLegeContentType() throws Exception {
        mvc.perform(personen(raadpleeg("999993653", "burgerservicenummer")).header("X-API-KEY", "wat-dan-ook"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personen.length()").value(1));
        mvc.perform(post(PAD).content(raadpleeg("999993653", "burgerservicenummer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personen.length()").value(1));
        mvc.perform(personen(raadpleeg("999993653", "burgerservicenummer"))
                        .contentType("application/json; charset=UTF-8").accept("application/json;charset=utf-8"))
                .andExpect(status().isOk());
    }

    @Test
    void andereContentTypeGeeft415() throws Exception {
        mvc.perform(post(PAD).contentType(MediaType.APPLICATION_XML).content("<personen/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.code").value("unsupportedMediaType"));
    }

    @Test
    void acceptZonderJsonGeeft406() throws Exception {
        mvc.perform(personen(raadpleeg("999993653", "naam")).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("notAcceptable"));
    }

    @Test
    void getGeeft405() throws Exception {
        mvc.perform(get(PAD))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(jsonPath("$.code").value("methodNotAllowed"));
    }

    @Test
    void eenBodyGroterDan64KiBWordtGeweigerd() throws Exception {
        String groot = "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"opvulling\":\"" + "x".repeat(70_000) + "\"}";
        mvc.perform(personen(groot))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("payloadTooLarge"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void ongeldigeJsonGeeft400() throws Exception {
        for (String body : new String[] {"{\"type\":", "geen json", "[1,2]", "", "{\"type\":\"a\",\"type\":\"b\"}", "{} {}"}) {
            fout(body)
                    .andExpect(jsonPath("$.code").value("paramsValidation"))
                    .andExpect(jsonPath("$.title").value("Een of meerdere parameters zijn niet correct."));
        }
    }

    private ResultActions fout(String body) throws Exception {
        return mvc.perform(personen(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }
}
