package nl.midoffice.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each singleton job ran on which mid-office instance, from the instances' own log lines ("Instance midoffice-2
 * runs singleton job midoffice.herstel" / "... stopped singleton job ..."), each stamped by the instance's clock. A
 * job still running when its instance was killed ran until the kill.
 */
final class SingletonTijdlijn {

    private static final Pattern REGEL = Pattern.compile(
            "^\\[[^]]+] (\\S+) .*Instance (\\S+) (runs|stopped) singleton job (\\S+)");

    /** A job on one instance from {@code van} until {@code tot}. */
    record Periode(String job, String instantie, Instant van, Instant tot) {
        boolean overlaptMet(Periode ander) {
            return van.isBefore(ander.tot) && ander.van.isBefore(tot);
        }
    }

    private final Map<String, List<Periode>> perJob = new TreeMap<>();

    /**
     * @param regels  the stack's log lines about singleton jobs
     * @param einde   when each instance stopped logging (killed, or now for the living)
     */
    SingletonTijdlijn(List<String> regels, Map<String, Instant> einde) {
        Map<String, Instant> open = new HashMap<>();
        for (String regel : regels) {
            Matcher m = REGEL.matcher(regel);
            if (!m.find()) {
                continue;
            }
            Instant tijd = OffsetDateTime.parse(m.group(1)).toInstant();
            String instantie = m.group(2);
            String job = m.group(4);
            String sleutel = job + " " + instantie;
            if (m.group(3).equals("runs")) {
                open.put(sleutel, tijd);
            } else if (open.containsKey(sleutel)) {
                voegToe(new Periode(job, instantie, open.remove(sleutel), tijd));
            }
        }
        open.forEach((sleutel, van) -> {
            String[] delen = sleutel.split(" ");
            voegToe(new Periode(delen[0], delen[1], van, einde.getOrDefault(delen[1], Instant.now())));
        });
    }

    private void voegToe(Periode periode) {
        perJob.computeIfAbsent(periode.job(), j -> new ArrayList<>()).add(periode);
    }

    Map<String, List<Periode>> perJob() {
        return perJob;
    }

    /** Pairs of periods of one job on two instances at once. */
    List<String> overlappingen() {
        List<String> fouten = new ArrayList<>();
        perJob.forEach((job, perioden) -> {
            for (int i = 0; i < perioden.size(); i++) {
                for (int j = i + 1; j < perioden.size(); j++) {
                    Periode a = perioden.get(i);
                    Periode b = perioden.get(j);
                    if (!a.instantie().equals(b.instantie()) && a.overlaptMet(b)) {
                        fouten.add(a + " overlaps " + b);
                    }
                }
            }
        });
        return fouten;
    }

    /** How long after {@code moment} the job started on another instance than {@code instantie}; null: never. */
    Duration overgenomenNa(String job, String instantie, Instant moment) {
        return perJob.getOrDefault(job, List.of()).stream()
                .filter(p -> !p.instantie().equals(instantie) && !p.van().isBefore(moment))
                .map(p -> Duration.between(moment, p.van())).min(Duration::compareTo).orElse(null);
    }

    /** The jobs {@code instantie} ran at {@code moment}. */
    List<String> jobsOp(String instantie, Instant moment) {
        return perJob.values().stream().flatMap(List::stream)
                .filter(p -> p.instantie().equals(instantie) && !p.van().isAfter(moment) && !p.tot().isBefore(moment))
                .map(Periode::job).distinct().toList();
    }
}
