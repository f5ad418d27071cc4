package nl.midoffice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTest {

    private static final String TEKST = """
            # HELP midoffice_queue_messages Messages waiting in the queue
            # TYPE midoffice_queue_messages gauge
            midoffice_queue_messages{dead_letter="false",queue="midoffice.aanvragen.ontvangen"} 12.0
            midoffice_queue_messages{dead_letter="false",queue="adapter.legacy-suite.zaakstatus-opvragen"} 500.0
            midoffice_queue_messages{dead_letter="true",queue="DLQ.midoffice.aanvragen.ontvangen"} 2.0
            # TYPE midoffice_outbox_messages gauge
            midoffice_outbox_messages 30.0
            midoffice_route_seconds_count{route="x"} 4.0
            """;

    @Test
    void theBacklogIsTheOutboxAndTheQueuesButNotTheStatusQuestions() {
        var gauges = Prometheus.gauges(TEKST);
        assertThat(gauges).containsEntry("queue:midoffice.aanvragen.ontvangen", 12.0)
                .containsEntry("dlq:DLQ.midoffice.aanvragen.ontvangen", 2.0).containsEntry(Prometheus.OUTBOX, 30.0);
        assertThat(Prometheus.achterstand(gauges)).isEqualTo(42);
        assertThat(Prometheus.deadLetters(gauges)).isEqualTo(2);
    }
}
