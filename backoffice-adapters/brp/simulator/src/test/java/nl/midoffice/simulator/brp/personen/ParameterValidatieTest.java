package nl.midoffice.simulator.brp.personen;

import static nl.midoffice.simulator.brp.Bevragen.personen;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 400 answers, with the codes, names and reasons of the official BRP API's acceptance features
 * (BRP-API/brp-shared-dotnet, features/validatie/personen/...).
 */
@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class ParameterValidatieTest {

    private static final String TYPE = "\"type\":\"RaadpleegMetBurgerservicenummer\"";
    private static final String BSN = "\"burgerservicenummer\":[\"999993653\"]";
    private static final String FIELDS = "\"fields\":[\"naam\"]";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            geen type                 | {}                                                       | required     | type                    | Parameter is verplicht.
            leeg type                 | {"type":""}                                              | value        | type                    | Waarde is geen geldig zoek type.
            onbekend type             | {"type":"OnbekendZoekType"}                              | value        | type                    | Waarde is geen geldig zoek type.
            type in verkeerde case    | {"type":"raadpleegmetburgerservicenummer"}               | value        | type                    | Waarde is geen geldig zoek type.
            zoektype niet gesimuleerd | {"type":"ZoekMetPostcodeEnHuisnummer","postcode":"9001AB"} | value      | type                    | Zoek type wordt niet ondersteund door de simulator.
            geen bsn                  | {TYPE,FIELDS}                                            | required     | burgerservicenummer     | Parameter is verplicht.
            lege bsn-lijst            | {TYPE,"burgerservicenummer":[],FIELDS}                   | minItems     | burgerservicenummer     | Array bevat minder dan 1 items.
            bsn als string            | {TYPE,"burgerservicenummer":"999993653,999995492",FIELDS} | array       | burgerservicenummer     | Parameter is geen array.
            bsn te kort               | {TYPE,"burgerservicenummer":["12345678"],FIELDS}         | pattern      | burgerservicenummer[0]  | Waarde voldoet niet aan patroon ^[0-9]{9}$.
            bsn met script            | {TYPE,"burgerservicenummer":["<script>123456789</script>"],FIELDS} | pattern | burgerservicenummer[0] | Waarde voldoet niet aan patroon ^[0-9]{9}$.
            bsn als getal             | {TYPE,"burgerservicenummer":[999993653],FIELDS}          | pattern      | burgerservicenummer[0]  | Waarde voldoet niet aan patroon ^[0-9]{9}$.
            geen fields               | {TYPE,BSN}                                               | required     | fields                  | Parameter is verplicht.
            lege fields               | {TYPE,BSN,"fields":[]}                                   | minItems     | fields                  | Array bevat minder dan 1 items.
            fields als string         | {TYPE,BSN,"fields":"naam,geboorte"}                      | array        | fields                  | Parameter is geen array.
            onbekend veld             | {TYPE,BSN,"fields":["anummer"]}                          | fields       | fields[0]               | Parameter bevat een niet bestaande veldnaam.
            onbekend subveld          | {TYPE,BSN,"fields":["naam","naam.bestaatNiet"]}          | fields       | fields[1]               | Parameter bevat een niet bestaande veldnaam.
            automatisch veld          | {TYPE,BSN,"fields":["inOnderzoek"]}                      | fields       | fields[0]               | Parameter bevat een niet toegestane veldnaam.
            geheimhouding             | {TYPE,BSN,"fields":["geheimhoudingPersoonsgegevens"]}    | fields       | fields[0]               | Parameter bevat een niet toegestane veldnaam.
            veld met sterretje        | {TYPE,BSN,"fields":["a*nummer"]}                         | pattern      | fields[0]               | Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.
            gemeente te kort          | {TYPE,BSN,FIELDS,"gemeenteVanInschrijving":"123"}        | pattern      | gemeenteVanInschrijving | Waarde voldoet niet aan patroon ^[0-9]{4}$.
            onverwachte parameter     | {TYPE,BSN,FIELDS,"voornamen":"Jan"}                      | unknownParam | voornamen               | Parameter is niet verwacht.
            typfout in parameter      | {TYPE,BSN,FIELDS,"gemeenteVanInschijving":"0363"}        | unknownParam | gemeenteVanInschijving  | Parameter is niet verwacht.
            """)
    void foutGeeft400MetInvalidParam(String geval, String body, String code, String naam, String reden) throws Exception {
        String json = body.replace("TYPE", TYPE).replace("BSN", BSN).replace("FIELDS", FIELDS);
        mvc.perform(personen(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1"))
                .andExpect(jsonPath("$.title").value("Een of meerdere parameters zijn niet correct."))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("De foutieve parameter(s) zijn: " + naam + "."))
                .andExpect(jsonPath("$.code").value("paramsValidation"))
                .andExpect(jsonPath("$.instance").value("/haalcentraal/api/brp/personen"))
                .andExpect(jsonPath("$.invalidParams.length()").value(1))
                .andExpect(jsonPath("$.invalidParams[0].code").value(code))
                .andExpect(jsonPath("$.invalidParams[0].name").value(naam))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(reden));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void alleFoutenWordenEenKeerGemeld() throws Exception {
        String body = "{" + TYPE + ",\"burgerservicenummer\":[\"1234567890\",\"123456789\",\"1234567890\"],"
                + "\"fields\":[\"naam\",\"bestaatNiet\"]}";
        mvc.perform(personen(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("De foutieve parameter(s) zijn: burgerservicenummer[0], burgerservicenummer[2], fields[1]."))
                .andExpect(jsonPath("$.invalidParams.length()").value(3))
                .andExpect(jsonPath("$.invalidParams[1].name").value("burgerservicenummer[2]"))
                .andExpect(jsonPath("$.invalidParams[2].code").value("fields"));
    }

    @Test
    void meerDan20BsnsOfMeerDan130Fields() throws Exception {
        String bsns = String.join(",", Collections.nCopies(21, "\"999993653\""));
        mvc.perform(personen("{" + TYPE + ",\"burgerservicenummer\":[" + bsns + "]," + FIELDS + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("maxItems"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Array bevat meer dan 20 items."));
        String fields = String.join(",", Collections.nCopies(131, "\"naam\""));
        mvc.perform(personen("{" + TYPE + "," + BSN + ",\"fields\":[" + fields + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("maxItems"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Array bevat meer dan 130 items."));
    }
}
