package nl.midoffice.benchmark;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * The raw persistent throughput of the stack's own broker, as {@code artemis perf client} measures it: one producer
 * sends 1 KiB persistent messages to a queue of its own while one consumer takes them; counted is what the consumer
 * received per second after a warm-up. With 1 in flight every send waits for the broker's journal; with 100 in
 * flight up to 100 sends await their confirmation at once.
 */
final class BrokerMeting {

    static final String QUEUE = "benchmark.ruw";
    private static final int GROOTTE = 1024;

    record Uitkomst(int inFlight, double berichtenPerSeconde, long berichten, double seconden) {
    }

    private final ActiveMQConnectionFactory broker;

    BrokerMeting(ActiveMQConnectionFactory broker) {
        this.broker = broker;
    }

    Uitkomst meet(int inFlight, Duration duur) throws JMSException, InterruptedException {
        Duration opwarmen = duur.dividedBy(5);
        AtomicLong ontvangen = new AtomicLong();
        try (Connection consument = broker.createConnection(); Connection producent = broker.createConnection()) {
            Session ontvanger = consument.createSession(false, Session.AUTO_ACKNOWLEDGE);
            ontvanger.createConsumer(ontvanger.createQueue(QUEUE)).setMessageListener(m -> ontvangen.incrementAndGet());
            consument.start();
            Session zender = producent.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = zender.createProducer(zender.createQueue(QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            byte[] inhoud = new byte[GROOTTE];
            Semaphore vrij = new Semaphore(inFlight);
            CompletionListener bevestigd = new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    vrij.release();
                }

                @Override
                public void onException(Message message, Exception exception) {
                    vrij.release();
                }
            };
            long start = System.nanoTime();
            long meetStart = start + opwarmen.toNanos();
            long einde = meetStart + duur.toNanos();
            long verzonden = 0;
            long ontvangenBijStart = -1;
            while (System.nanoTime() < einde) {
                if (ontvangenBijStart < 0 && System.nanoTime() >= meetStart) {
                    ontvangenBijStart = ontvangen.get();
                }
                BytesMessage bericht = zender.createBytesMessage();
                bericht.writeBytes(inhoud);
                if (inFlight == 1) {
                    producer.send(bericht);
                } else {
                    vrij.acquire();
                    producer.send(bericht, bevestigd);
                }
                verzonden++;
            }
            long ontvangenBijEinde = ontvangen.get();
            double seconden = (System.nanoTime() - meetStart) / 1e9;
            vrij.tryAcquire(inFlight, 10, TimeUnit.SECONDS);
            long wachtTot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ontvangen.get() < verzonden && System.nanoTime() < wachtTot) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            long berichten = ontvangenBijEinde - Math.max(0, ontvangenBijStart);
            return new Uitkomst(inFlight, berichten / seconden, berichten, seconden);
        }
    }
}
