package nl.midoffice.adapter.zaken;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Queues;

/**
 * A stand-in for the mid-office around the adapter: Camel, an embedded Artemis with docker/broker.xml's settings
 * (broker-support; shorter delays in ZakenAdapterIT), a web server whose security lets the callback path through (the adapter checks its own secret), and a
 * consumer that collects every result the adapter publishes.
 */
@SpringBootConfiguration
// the simulator's control API and Boot's generated user are not part of the mid-office
@EnableAutoConfiguration(excludeName = {"nl.midoffice.simulator.support.gedrag.GedragAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
class ZakenTestApplication {

    /** Every BackofficeResultaat on the mid-office's queue, in arrival order. */
    static final List<BackofficeResultaat> RESULTATEN = new CopyOnWriteArrayList<>();
    /** Message ids of results sent as request-reply (with a JMSReplyTo): a result is an event, nobody answers it. */
    static final List<String> MET_ANTWOORDADRES = new CopyOnWriteArrayList<>();

    @Bean
    SecurityFilterChain callbacks(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/api/v1/callbacks/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    RouteBuilder resultatenVerzamelen() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:" + Queues.BACKOFFICE_RESULTATEN + "?disableReplyTo=true").routeId("test.resultaten")
                        .unmarshal().json(JsonLibrary.Jackson, BackofficeResultaat.class)
                        .process(e -> {
                            var resultaat = e.getMessage().getBody(BackofficeResultaat.class);
                            if (e.getMessage().getHeader("JMSReplyTo") != null) {
                                MET_ANTWOORDADRES.add(resultaat.messageId());
                            }
                            RESULTATEN.add(resultaat);
                        });
            }
        };
    }
}
