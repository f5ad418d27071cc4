package nl.midoffice.adapter.meldingen;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * A naive meldingen adapter for the kit's own test ({@code proef.kapot=true}): it does what the contract forbids,
 * one defect per contract test, so that {@link HetContractVangtFoutenIT} can show each test catches its defect.
 */
@AutoConfiguration
@EnableConfigurationProperties(MeldingenProperties.class)
@ConditionalOnBooleanProperty("proef.kapot")
public class KapotteAutoConfiguration {

    private static final String OPDRACHT = "kapotteOpdracht";

    @Bean
    RouteBuilder kapotteZaakRegistrerenRoute(MeldingenProperties properties) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:" + ZaakRegistrerenRoute.QUEUE + "?transacted=true")
                        .routeId("meldingen.kapot")
                        // defect (4): no VertraagdMelder.BETREFT, so no VERTRAAGD while the system is down
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .unmarshal().json(JsonLibrary.Jackson, ZaakRegistreren.class)
                        .setProperty(OPDRACHT, body())
                        .process(KapotteAutoConfiguration::verzoek)
                        // defect (7): the call is not inside a circuit breaker
                        .to(properties.url() + "/api/v1/meldingen?throwExceptionOnFailure=false&responseTimeout="
                                + properties.timeout().toMillis())
                        .process(KapotteAutoConfiguration::resultaat)
                        // defect (3): the correlation id is not set as JMS property
                        .setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                        .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                        .to("jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
            }
        };
    }

    /** Defect (1): a fresh key per call instead of the referentie, so every call creates another melding. */
    static void verzoek(Exchange exchange) throws Exception {
        ZaakRegistreren o = exchange.getProperty(OPDRACHT, ZaakRegistreren.class);
        var bericht = exchange.getMessage();
        bericht.setBody(ZaakRegistrerenRoute.melding(new ZaakRegistreren(o.messageId(), o.correlationId(),
                o.aanvraagId(), o.referentie() + "-" + UUID.randomUUID().toString().substring(0, 6), o.gemeente(),
                o.product(), o.initiatorBsn(), o.omschrijving(), o.toelichting(), o.gegevens(), o.tijdstip(),
                o.schaduw())));
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_METHOD, "POST");
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
        bericht.setHeader(Headers.AANVRAAG_ID, o.aanvraagId());
        bericht.setHeader(Headers.CORRELATION_ID, o.correlationId());
    }

    /** Defect (2): a refusal is thrown like a technical failure; defect (5): schaduw is not copied. */
    static void resultaat(Exchange exchange) {
        ZaakRegistreren o = exchange.getProperty(OPDRACHT, ZaakRegistreren.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status / 100 != 2) {
            throw new IllegalStateException("meldingen answered HTTP " + status);
        }
        exchange.getMessage().setBody(new BackofficeResultaat(UUID.randomUUID().toString(), o.correlationId(),
                o.aanvraagId(), ZaakRegistrerenRoute.SYSTEEM, Capability.ZAAKREGISTRATIE, AanvraagStatus.GEREGISTREERD,
                o.referentie(), null, Instant.now(), false));
    }
}
