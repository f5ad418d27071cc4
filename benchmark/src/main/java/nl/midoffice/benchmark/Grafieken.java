package nl.midoffice.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG plots of a run: intake latency over time per rate, and the backlog of each burst over time. */
final class Grafieken {

    static final String LATENTIE = "intake-latency.png";

    private Grafieken() {
    }

    static String backlog(String product) {
        return "backlog-" + product + ".png";
    }

    static void schrijf(Resultaat r, Path map) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart latentie = grafiek("Intake latency per second (open model)", "seconds into the rate", "ms");
        for (IntakeMeting.Uitkomst i : r.intake()) {
            double[] t = IntStream.range(0, i.perSeconde().size()).mapToDouble(s -> s + 1).toArray();
            if (t.length == 0) {
                continue;
            }
            latentie.addSeries(i.rate() + "/s p99", t, i.perSeconde().stream().mapToDouble(v -> v[1]).toArray())
                    .setMarker(SeriesMarkers.NONE);
            latentie.addSeries(i.rate() + "/s p50", t, i.perSeconde().stream().mapToDouble(v -> v[0]).toArray())
                    .setMarker(SeriesMarkers.NONE);
        }
        opslaan(latentie, map.resolve(LATENTIE));
        for (String product : Verzoeken.PRODUCTEN) {
            XYChart backlog = grafiek("Backlog during a burst: " + product, "seconds since the first POST",
                    "aanvragen waiting / messages in outbox and queues");
            for (DoorvoerMeting.Uitkomst d : r.doorvoer()) {
                if (!d.product().equals(product) || d.monsters().isEmpty()) {
                    continue;
                }
                List<DoorvoerMeting.Monster> m = d.monsters();
                double[] t = m.stream().mapToDouble(DoorvoerMeting.Monster::t).toArray();
                String naam = d.gemeente() + " " + d.modus();
                backlog.addSeries(naam + " aanvragen", t, m.stream().mapToDouble(DoorvoerMeting.Monster::wachtend)
                        .toArray()).setMarker(SeriesMarkers.NONE);
                backlog.addSeries(naam + " messages", t, m.stream().mapToDouble(x -> Math.max(0, x.berichten()))
                        .toArray()).setMarker(SeriesMarkers.NONE);
            }
            opslaan(backlog, map.resolve(backlog(product)));
        }
    }

    private static XYChart grafiek(String titel, String x, String y) {
        XYChart chart = new XYChartBuilder().width(1000).height(500).title(titel).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return chart;
    }

    private static void opslaan(XYChart chart, Path bestand) throws IOException {
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no data", new double[] {0}, new double[] {0});
        }
        BitmapEncoder.saveBitmap(chart, bestand.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
