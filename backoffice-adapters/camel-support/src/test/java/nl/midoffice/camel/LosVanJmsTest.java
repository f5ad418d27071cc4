package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.List;

import org.apache.camel.component.jms.JmsBinding;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import jakarta.jms.TextMessage;

/** A received JMS message goes on as a plain message with the same body and headers. */
class LosVanJmsTest {

    @Test
    void aReceivedJmsMessageBecomesAPlainOneWithItsBodyAndHeaders() throws Exception {
        var ontvangen = mock(TextMessage.class);
        when(ontvangen.getText()).thenReturn("{\"aanvraag\":\"a-1\"}");
        when(ontvangen.getPropertyNames()).thenReturn(Collections.enumeration(List.of("JMSXDeliveryCount",
                "midofficeAanvraagId")));
        when(ontvangen.getObjectProperty("JMSXDeliveryCount")).thenReturn(3);
        when(ontvangen.getObjectProperty("midofficeAanvraagId")).thenReturn("a-1");
        when(ontvangen.getJMSCorrelationID()).thenReturn("corr-1");
        var exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setIn(new JmsMessage(exchange, ontvangen, null, new JmsBinding()));

        BetrouwbareAflevering.losVanJms(exchange);

        var bericht = exchange.getIn();
        assertThat(bericht).isNotInstanceOf(JmsMessage.class);
        assertThat(bericht.getBody(String.class)).isEqualTo("{\"aanvraag\":\"a-1\"}");
        assertThat(bericht.getHeader("JMSXDeliveryCount", Integer.class)).isEqualTo(3);
        assertThat(bericht.getHeader("midofficeAanvraagId")).isEqualTo("a-1");
        assertThat(bericht.getHeader("JMSCorrelationID")).isEqualTo("corr-1");
        assertThat(exchange.copy().getIn()).isNotInstanceOf(JmsMessage.class);
    }

    @Test
    void anyOtherMessageStaysAsItIs() {
        var exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody("tekst");
        var bericht = exchange.getIn();

        BetrouwbareAflevering.losVanJms(exchange);

        assertThat(exchange.getIn()).isSameAs(bericht);
    }
}
