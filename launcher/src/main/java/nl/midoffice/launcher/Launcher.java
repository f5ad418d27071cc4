package nl.midoffice.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * README command 1: starts the whole demo stack on embedded defaults (portal, mid-office with embedded
 * Artemis and PostgreSQL, legacy-suite simulator), prints where everything is, and stops it all on
 * SIGTERM or Ctrl-C. Needs no terminal, so it runs in the background too.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        StackConfig config = StackConfig.standaard(root);
        List<Integer> bezet = bezettePoorten(config);
        if (!bezet.isEmpty()) {
            System.err.println("Port(s) " + bezet + " are in use: is the demo already running? Stop it first "
                    + "(Ctrl-C in its terminal), or free the ports.");
            System.exit(1);
        }
        Stack stack = new Stack(config, System.out);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("Stopping the stack...");
            stack.close();
            System.out.println("Stopped.");
        }, "stop-stack"));

        long start = System.nanoTime();
        try {
            stack.start(Duration.ofMinutes(5));
        } catch (Exception e) {
            System.err.println("The stack did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(banner(config, (System.nanoTime() - start) / 1_000_000));

        // an app that dies takes the demo down with it, rather than leaving half a stack running
        CompletableFuture.anyOf(stack.processen().stream().map(Process::onExit).toArray(CompletableFuture[]::new))
                .join();
        if (stopping.get()) {
            return; // SIGTERM or Ctrl-C: the shutdown hook stops the rest
        }
        System.err.println("An application of the stack stopped; stopping the rest.");
        System.exit(2);
    }

    /** The stack's ports that something else listens on already. */
    public static List<Integer> bezettePoorten(StackConfig c) {
        List<Integer> bezet = new ArrayList<>();
        for (int poort : List.of(c.portalPort(), c.midofficePort(), c.simulatorPort(), c.brpPort(), c.zakenPort(),
                c.vergunningenPort())) {
            try (ServerSocket socket = new ServerSocket()) {
                // as the apps bind: connections of a stack that just stopped (TIME_WAIT) do not count as "in use"
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(poort));
            } catch (IOException e) {
                bezet.add(poort);
            }
        }
        return bezet;
    }

    static String banner(StackConfig c, long millis) {
        return """

                ==============================================================================
                 Mid-office demo is running (ready in %.1f s). Stop it with Ctrl-C.

                 Portal Lindeveen (route 1)           http://localhost:%d/lindeveen
                 Portal Bergdal (route 3)             http://localhost:%d/bergdal
                 Architect console (beheerder/demo)   http://localhost:%d/beheer
                 Mid-office API                       http://localhost:%d/api/v1/aanvragen
                 Mid-office health                    http://localhost:%d/actuator/health
                 Legacy suite werkbak (clerk)         http://localhost:%d/werkbak
                 Legacy suite control API             http://localhost:%d/simulator/ontvangen
                 BRP (Haal Centraal) simulator        http://localhost:%d/
                 Zaken (ZGW) simulator                http://localhost:%d/
                 Vergunningen simulator               http://localhost:%d/
                 Artemis broker                       %s
                 Data (PostgreSQL, Artemis journal)   %s
                ==============================================================================
                """.formatted(millis / 1000.0, c.portalPort(), c.portalPort(), c.midofficePort(), c.midofficePort(),
                c.midofficePort(),
                c.simulatorPort(), c.simulatorPort(), c.brpPort(), c.zakenPort(), c.vergunningenPort(),
                c.brokerAcceptor(), c.dataDirectory());
    }
}
