package nl.midoffice.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as it goes into the JSON file and the report.
 *
 * @param koudeStartSeconden from starting the six apps (fresh data directory) until every one is ready
 * @param geheugenNaStart    memory per process group once ready
 * @param broker             raw persistent broker throughput, 1 and 100 in flight
 * @param intake             intake latency per fixed rate
 * @param intakeAfhandeling  per rate: seconds after the last POST until all of its aanvragen were registered
 * @param doorvoer           end-to-end bursts, per product and municipality/mode
 * @param stilCpuKernen      CPU cores busy per process group while nothing is submitted, after the run
 * @param geheugenNaRun      memory per process group after the run
 * @param deadLetters        messages in dead-letter queues at the end
 */
record Resultaat(String tijdstip, Machine machine, String belastingNaRun, Map<String, Object> instellingen,
        double koudeStartSeconden, List<Processen.Geheugen> geheugenNaStart, List<BrokerMeting.Uitkomst> broker,
        List<IntakeMeting.Uitkomst> intake, Map<Integer, Double> intakeAfhandeling,
        List<DoorvoerMeting.Uitkomst> doorvoer, Map<String, Double> stilCpuKernen,
        List<Processen.Geheugen> geheugenNaRun, long deadLetters) {

    /** The melding of route 1 (Lindeveen, LEGACY): the required end-to-end target is about this one. */
    DoorvoerMeting.Uitkomst route1Melding() {
        return doorvoer.stream().filter(d -> d.product().equals(Verzoeken.MELDING) && d.gemeente().equals("9001"))
                .findFirst().orElse(null);
    }

    DoorvoerMeting.Uitkomst doorvoer(String product, String gemeente, String modus) {
        return doorvoer.stream().filter(d -> d.product().equals(product) && d.gemeente().equals(gemeente)
                && d.modus().equals(modus)).findFirst().orElse(null);
    }

    /** Throughput lost in SHADOW against LEGACY for Bergdal's melding, in percent (negative: SHADOW was faster). */
    Double schaduwKostenProcent() {
        var legacy = doorvoer(Verzoeken.MELDING, "9002", "LEGACY");
        var schaduw = doorvoer(Verzoeken.MELDING, "9002", "SHADOW");
        if (legacy == null || schaduw == null || legacy.aanvragenPerSeconde() == 0) {
            return null;
        }
        return 100 * (1 - schaduw.aanvragenPerSeconde() / legacy.aanvragenPerSeconde());
    }

    /** The broker's raw throughput with 1 in flight: the reference for the ratio aanvragen/s ÷ msg/s. */
    double brokerEenInFlight() {
        return broker.stream().filter(b -> b.inFlight() == 1).mapToDouble(BrokerMeting.Uitkomst::berichtenPerSeconde)
                .findFirst().orElse(0);
    }
}
