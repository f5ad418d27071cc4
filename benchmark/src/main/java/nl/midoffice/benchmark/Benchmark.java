package nl.midoffice.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import nl.midoffice.launcher.Launcher;
import nl.midoffice.launcher.Stack;
import nl.midoffice.launcher.StackConfig;

/**
 * The benchmark: starts the embedded stack as the demo does (each app its own JVM, a fresh data directory), drives
 * its public API and its broker, and writes {@code benchmark-report.md}, {@code benchmark-report.json} and PNG plots.
 * See benchmark/README.md.
 */
public final class Benchmark {

    private final Instellingen instellingen;

    Benchmark(Instellingen instellingen) {
        this.instellingen = instellingen;
    }

    public static void main(String[] args) throws Exception {
        Resultaat resultaat = new Benchmark(Instellingen.uit(args)).voerUit();
        System.out.println(Rapport.samenvatting(resultaat));
        System.exit(0);
    }

    Resultaat voerUit() throws Exception {
        Path uitvoer = Files.createDirectories(instellingen.uitvoer());
        Path data = uitvoer.resolve("benchmark-data");
        verwijder(data);
        Machine machine = Machine.deze();
        String scrapeToken = willekeurigToken();
        StackConfig config = config(data, scrapeToken);
        List<Integer> bezet = Launcher.bezettePoorten(config);
        if (!bezet.isEmpty()) {
            throw new IllegalStateException("Port(s) " + bezet + " are in use: stop the demo, or run with --poorten=vrij");
        }
        log("starting the stack (output in " + uitvoer.resolve("benchmark-stack.log") + ")");
        try (PrintStream stackLog = new PrintStream(Files.newOutputStream(uitvoer.resolve("benchmark-stack.log")), true);
                Stack stack = new Stack(config, stackLog)) {
            // Ctrl-C stops the apps too, instead of leaving them running
            Thread stop = new Thread(stack::close, "stop-stack");
            Runtime.getRuntime().addShutdownHook(stop);
            long start = System.nanoTime();
            stack.start(Duration.ofMinutes(5));
            double koudeStart = (System.nanoTime() - start) / 1e9;
            log("ready in %.1f s".formatted(koudeStart));
            Processen processen = processen(stack, data);
            var geheugenNaStart = processen.geheugen();
            String[] gebruiker = instellingen.brokerGebruiker().split(":", 2);
            var broker = new ActiveMQConnectionFactory("tcp://localhost:" + brokerPoort(config),
                    gebruiker.length == 2 ? gebruiker[0] : null, gebruiker.length == 2 ? gebruiker[1] : null);
            // confirmations of asynchronous sends (the raw measurement's 100 in flight) need a confirmation window
            broker.setConfirmationWindowSize(1024 * 1024);
            var api = new MidofficeClient("http://localhost:" + config.midofficePort(), instellingen.secret(),
                    instellingen.beheerder(), scrapeToken);
            var verzoeken = new Verzoeken(instellingen.burgers());
            java.util.concurrent.atomic.AtomicBoolean klaar = new java.util.concurrent.atomic.AtomicBoolean();
            stack.processen().forEach(p -> p.onExit().thenRun(() -> {
                if (!klaar.get()) {
                    log("an app of the stack stopped (exit " + p.exitValue() + "): the numbers after this are void");
                }
            }));
            try (broker; StatusVolger volger = new StatusVolger(broker)) {
                return meet(machine, koudeStart, geheugenNaStart, processen, broker, api, verzoeken, volger);
            } finally {
                klaar.set(true);
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // shutting down already (Ctrl-C): the hook closes the stack
                }
            }
        }
    }

    private Resultaat meet(Machine machine, double koudeStart, List<Processen.Geheugen> geheugenNaStart,
            Processen processen, ActiveMQConnectionFactory broker, MidofficeClient api, Verzoeken verzoeken,
            StatusVolger volger) throws Exception {
        List<BrokerMeting.Uitkomst> ruw = new ArrayList<>();
        for (int inFlight : new int[] {1, 100}) {
            ruw.add(new BrokerMeting(broker).meet(inFlight, instellingen.brokerDuur()));
            log("raw broker, %d in flight: %.0f msg/s".formatted(inFlight, ruw.get(ruw.size() - 1).berichtenPerSeconde()));
        }
        DoorvoerMeting doorvoer = new DoorvoerMeting(api, verzoeken, volger, processen);
        var opwarmen = doorvoer.meet(Verzoeken.MELDING, "9001", "LEGACY", Math.min(300, instellingen.burst()),
                instellingen.gelijktijdig(), instellingen.geduld());
        log("warm-up: %d meldingen, %.0f aanvragen/s".formatted(opwarmen.klaar(), opwarmen.aanvragenPerSeconde()));

        IntakeMeting intakeMeting = new IntakeMeting(api, verzoeken);
        List<IntakeMeting.Uitkomst> intake = new ArrayList<>();
        Map<Integer, Double> afhandeling = new LinkedHashMap<>();
        for (int rate : instellingen.intakeRates()) {
            var uitkomst = intakeMeting.meet(rate, instellingen.intakeDuur());
            intake.add(uitkomst);
            long einde = System.nanoTime();
            boolean klaar = wachtTotKlaar(volger, uitkomst.aanvraagIds());
            afhandeling.put(rate, klaar ? (System.nanoTime() - einde) / 1e9 : null);
            log("intake %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors; all registered %s".formatted(rate,
                    uitkomst.p50(), uitkomst.p99(), uitkomst.max(), uitkomst.fouten(),
                    klaar ? "%.1f s after the last POST".formatted(afhandeling.get(rate)) : "NOT within patience"));
        }

        List<DoorvoerMeting.Uitkomst> bursts = new ArrayList<>();
        for (String product : instellingen.producten()) {
            int aantal = product.equals(Verzoeken.MELDING) ? instellingen.burst() : Math.max(1, instellingen.burst() / 2);
            bursts.add(burst(doorvoer, product, "9001", "LEGACY", aantal));
            for (String modus : instellingen.modi()) {
                api.zetModus("9002", modus);
                bursts.add(burst(doorvoer, product, "9002", modus, aantal));
            }
        }
        api.zetModus("9002", "LEGACY");

        TimeUnit.SECONDS.sleep(5);
        var voor = processen.cpu();
        TimeUnit.MILLISECONDS.sleep(instellingen.stil().toMillis());
        Map<String, Double> stil = new LinkedHashMap<>();
        processen.cpu().sinds(voor).forEach((g, s) -> stil.put(g, s / instellingen.stil().toSeconds()));
        log("idle CPU (cores): " + stil);
        long deadLetters = Prometheus.deadLetters(api.metingen());
        Resultaat resultaat = new Resultaat(Instant.now().toString(), machine, Machine.huidigeBelasting(),
                Rapport.instellingen(instellingen), koudeStart, geheugenNaStart, ruw, intake, afhandeling, bursts,
                stil, processen.geheugen(), deadLetters);
        new Rapport(resultaat).schrijf(instellingen.uitvoer());
        return resultaat;
    }

    private DoorvoerMeting.Uitkomst burst(DoorvoerMeting doorvoer, String product, String gemeente, String modus,
            int aantal) throws InterruptedException {
        var uitkomst = doorvoer.meet(product, gemeente, modus, aantal, instellingen.gelijktijdig(),
                instellingen.geduld());
        log("%s %s %s: %d/%d registered (POSTs failed: %s) in %.1f s, %.0f aanvragen/s (intake %.1f s), backlog empty %s"
                .formatted(product, gemeente, modus, uitkomst.klaar(), uitkomst.aantal(), uitkomst.foutsoorten(),
                uitkomst.seconden(),
                uitkomst.aanvragenPerSeconde(), uitkomst.intakeSeconden(), uitkomst.leegNaSeconden() == null
                        ? "NOT within 60 s" : "%.1f s after the last".formatted(uitkomst.leegNaSeconden())));
        return uitkomst;
    }

    private boolean wachtTotKlaar(StatusVolger volger, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + instellingen.geduld().toNanos();
        while (volger.aantalKlaar(ids) < ids.size()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return true;
    }

    private Processen processen(Stack stack, Path data) {
        Processen processen = new Processen();
        // first: its server is found through its data directory, whoever its parent is
        processen.voegToe("postgresql", () -> Processen.postgres(data.resolve("postgres")));
        for (String app : List.of(StackConfig.MIDOFFICE, StackConfig.SIMULATOR, StackConfig.BRP, StackConfig.ZAKEN,
                StackConfig.VERGUNNINGEN, StackConfig.PORTAL)) {
            processen.voegToe(app, () -> stack.proces(app).toHandle());
        }
        processen.voegToe("benchmark", ProcessHandle::current);
        return processen;
    }

    private StackConfig config(Path data, String scrapeToken) throws IOException {
        StackConfig demo = StackConfig.standaard(instellingen.root());
        // the gauges are read with a token of this run: a bearer token costs the mid-office a SHA-256 per scrape,
        // the administrator's password a bcrypt round
        List<String> midofficeArgs = new ArrayList<>(instellingen.midofficeArgs());
        midofficeArgs.add("--midoffice.metrieken.token=" + scrapeToken);
        if (!instellingen.vrijePoorten()) {
            return new StackConfig(instellingen.root(), data, demo.portalPort(), demo.midofficePort(),
                    demo.simulatorPort(), demo.brpPort(), demo.zakenPort(), demo.vergunningenPort(),
                    demo.brokerAcceptor(), midofficeArgs);
        }
        return new StackConfig(instellingen.root(), data, vrijePoort(), vrijePoort(), vrijePoort(), vrijePoort(),
                vrijePoort(), vrijePoort(), "tcp://localhost:" + vrijePoort(), midofficeArgs);
    }

    /** 32 random bytes in hex. */
    static String willekeurigToken() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    static int brokerPoort(StackConfig config) {
        String acceptor = config.brokerAcceptor();
        return Integer.parseInt(acceptor.substring(acceptor.lastIndexOf(':') + 1).replaceAll("\\D.*", ""));
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void verwijder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paden = Files.walk(dir)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void log(String regel) {
        System.out.println("[benchmark] " + regel);
    }
}
