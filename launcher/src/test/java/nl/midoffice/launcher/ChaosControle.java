package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.core.ConditionTimeoutException;

/** What the chaos run checks afterwards: every aanvraag processed, and registered once where it was routed. */
final class ChaosControle {

    /** The outcome: per product/municipality/routing how many, and which aanvragen were lost or doubled. */
    record Uitkomst(Map<String, Object> perSoort, List<String> verloren, List<String> dubbel, long herhalingen) {
    }

    private ChaosControle() {
    }

    /** Waits until no aanvraag reads a status of {@code onderweg} any more; asks on 4 threads. */
    static void wachtTotVerwerkt(MidofficeApi api, Map<String, ChaosAanvragen.Aanvraag> aanvragen,
            Set<String> onderweg, Duration max) {
        Set<String> open = ConcurrentHashMap.newKeySet();
        open.addAll(aanvragen.keySet());
        ExecutorService vragers = Executors.newFixedThreadPool(4);
        try {
            await().atMost(max).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                List<Future<?>> vragen = new ArrayList<>();
                for (String id : List.copyOf(open)) {
                    vragen.add(vragers.submit(() -> {
                        if (!onderweg.contains(api.status(id, aanvragen.get(id).bsn()))) {
                            open.remove(id);
                        }
                        return null;
                    }));
                }
                for (Future<?> vraag : vragen) {
                    vraag.get();
                }
                assertThat(open).as("aanvragen still ONTVANGEN or VERTRAAGD").isEmpty();
            });
        } finally {
            vragers.shutdownNow();
        }
    }

    /**
     * Counts each aanvraag at the systems: zaakregistratie once where its routing says (LEGACY: the legacy suite,
     * NEW: the zaken system, SHADOW: once in each), and a parkeervergunning's application once at the vergunningen
     * service when that capability was routed there, never when it was not. Waits a while for shadow calls and
     * permit applications that follow the answer the citizen already sees.
     */
    static Uitkomst tel(TestStack stack, Map<String, ChaosAanvragen.Aanvraag> aanvragen) throws Exception {
        MidofficeApi api = stack.api();
        Simulator legacy = stack.simulator();
        Simulator zaken = new Simulator("http://localhost:" + stack.config().zakenPort());
        Simulator vergunningen = new Simulator("http://localhost:" + stack.config().vergunningenPort());
        Map<String, List<MidofficeApi.Routering>> routeringen = new ConcurrentHashMap<>();
        for (String id : aanvragen.keySet()) {
            routeringen.put(id, api.routeringen(id));
        }
        Map<String, Object> perSoort = new TreeMap<>();
        List<String> verloren = new ArrayList<>();
        List<String> dubbel = new ArrayList<>();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                perSoort.clear();
                verloren.clear();
                dubbel.clear();
                Map<String, Long> inLegacy = legacy.zakenPerAanvraag();
                Map<String, Long> inZaken = zaken.zakenPerAanvraag();
                Map<String, Long> inVergunningen = vergunningen.zakenPerAanvraag();
                for (var e : aanvragen.entrySet()) {
                    String id = e.getKey();
                    var aanvraag = e.getValue();
                    String zaakModus = modus(routeringen.get(id), "zaakregistratie");
                    controleer(id, "zaakregistratie " + zaakModus, zaakModus.equals("NEW") ? 0 : 1,
                            inLegacy.getOrDefault(id, 0L), "legacy suite", verloren, dubbel);
                    controleer(id, "zaakregistratie " + zaakModus, zaakModus.equals("LEGACY") ? 0 : 1,
                            inZaken.getOrDefault(id, 0L), "zaken", verloren, dubbel);
                    if (aanvraag.gemeente().equals("9001") && !zaakModus.equals("LEGACY")) {
                        verloren.add(id + ": Lindeveen routed " + zaakModus);
                    }
                    String soort = aanvraag.product() + " " + aanvraag.gemeente() + " zaakregistratie " + zaakModus;
                    if (aanvraag.product().equals("parkeervergunning")) {
                        String vergunningModus = modus(routeringen.get(id), "vergunningen");
                        controleer(id, "vergunningen " + vergunningModus, vergunningModus.equals("LEGACY") ? 0 : 1,
                                inVergunningen.getOrDefault(id, 0L), "vergunningen", verloren, dubbel);
                        soort += ", vergunningen " + vergunningModus;
                    }
                    perSoort.merge(soort, 1, (a, b) -> (Integer) a + (Integer) b);
                }
                return verloren.isEmpty() && dubbel.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            // the last count stands: the caller's assertions name what is missing or doubled
        }
        long herhalingen = legacy.herhalingen(aanvragen.keySet()) + zaken.herhalingen(aanvragen.keySet())
                + vergunningen.herhalingen(aanvragen.keySet());
        return new Uitkomst(perSoort, verloren, dubbel, herhalingen);
    }

    private static void controleer(String id, String routering, long verwacht, long geteld, String systeem,
            List<String> verloren, List<String> dubbel) {
        if (geteld < verwacht) {
            verloren.add(id + " (" + routering + "): " + geteld + " at " + systeem);
        } else if (geteld > verwacht) {
            (verwacht == 0 ? verloren : dubbel).add(id + " (" + routering + "): " + geteld + " at " + systeem);
        }
    }

    private static String modus(List<MidofficeApi.Routering> routeringen, String capability) {
        return routeringen.stream().filter(r -> r.capability().equalsIgnoreCase(capability)).findFirst()
                .map(MidofficeApi.Routering::modus).orElse("(not routed)");
    }
}
