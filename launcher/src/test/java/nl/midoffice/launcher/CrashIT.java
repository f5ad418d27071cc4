package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promise (docs/architecture.md) "a 202 is never lost, not when the mid-office process is killed, not when the
 * broker restarts; nothing is registered twice": aanvragen keep coming in while the mid-office dies (SIGKILL) or stops
 * with its embedded broker (SIGTERM); after its restart every aanvraag that got a 202 is registered, exactly once. A
 * POST that got no answer is sent again with the same Idempotency-Key, as a front office would.
 */
@ExtendWith(StackExtension.class)
@Order(4)
class CrashIT {

    private static final Set<String> ONDERWEG = Set.of("ONTVANGEN", "VERTRAAGD");

    @Test
    void noAcceptedAanvraagIsLostNorRegisteredTwiceWhenTheMidofficeIsKilled(TestStack stack) throws Exception {
        int logStart = stack.logboek().positie();
        Indieningen indieningen = new Indieningen(stack.api(), 500);
        long[] gestopt = new long[1];

        indieningen.dienIn(6, n -> {
            if (n == 150) { // on the thread that got the 150th 202; the other threads keep POSTing
                gestopt[0] = System.nanoTime();
                stopMidoffice(stack, true);
            }
        });
        int voorDeCrash = indieningen.aantalGeaccepteerd();
        Map<String, Long> mislukt = indieningen.mislukt();
        assertThat(voorDeCrash).as("accepted before and around the kill").isBetween(150, 499);
        assertThat(mislukt).as("POSTs that got no 202 because the mid-office was dead").isNotEmpty();

        long herstartMs = stack.startMidoffice();
        System.out.printf("[CrashIT] SIGKILL after 150 accepted: %d accepted in all before the restart, "
                + "failed POSTs %s; mid-office ready again %d ms after its restart (%d ms after the kill)%n",
                voorDeCrash, mislukt, herstartMs, TestStack.sinds(gestopt[0]));

        bewijsDatNietsVerlorenOfDubbelIs(stack, indieningen, 500, logStart);
    }

    @Test
    void noAcceptedAanvraagIsLostNorRegisteredTwiceWhenTheMidofficeAndItsBrokerRestart(TestStack stack)
            throws Exception {
        int logStart = stack.logboek().positie();
        Indieningen indieningen = new Indieningen(stack.api(), 100);
        int[] exitCode = new int[1];

        indieningen.dienIn(4, n -> {
            if (n == 40) {
                exitCode[0] = stopMidoffice(stack, false);
            }
        });
        int voorDeStop = indieningen.aantalGeaccepteerd();
        assertThat(voorDeStop).isBetween(40, 99);

        long herstartMs = stack.startMidoffice();
        System.out.printf("[CrashIT] SIGTERM after 40 accepted: %d accepted before the restart, failed POSTs %s; "
                + "mid-office and broker ready again in %d ms; exit code on SIGTERM %d%n", voorDeStop,
                indieningen.mislukt(), herstartMs, exitCode[0]);

        bewijsDatNietsVerlorenOfDubbelIs(stack, indieningen, 100, logStart);
        assertThat(exitCode[0]).as("the mid-office stopped on SIGTERM within %s s, without SIGKILL",
                Stack.GRACE.toSeconds()).isIn(0, 143);
    }

    /**
     * Resubmits what got no 202, then: every aanvraag GEREGISTREERD, one zaak each in the legacy suite, and the resend
     * job (the last line of defence, not the way through) sent nothing again: every message survived by itself.
     */
    private static void bewijsDatNietsVerlorenOfDubbelIs(TestStack stack, Indieningen indieningen, int aantal,
            int logStart) throws Exception {
        indieningen.dienMisluktenOpnieuwIn(4);
        assertThat(indieningen.mislukt()).as("after the restart every POST is accepted").isEmpty();
        assertThat(indieningen.ids()).as("one aanvraag per Idempotency-Key").hasSize(aantal);

        long start = System.nanoTime();
        Indieningen.wachtOpStatus(stack.api(), indieningen.ids(), "GEREGISTREERD", ONDERWEG, Duration.ofSeconds(120));
        Map<String, Long> zaken = stack.simulator().zakenPerAanvraag();
        assertThat(indieningen.ids()).as("every aanvraag registered exactly once in the legacy suite")
                .allSatisfy(id -> assertThat(zaken.get(id)).as(id).isEqualTo(1L));
        System.out.printf("[CrashIT] all %d GEREGISTREERD %d ms after the resubmission; repeats the suite answered "
                + "without registering: %d%n", aantal, TestStack.sinds(start),
                stack.simulator().herhalingen(indieningen.ids()));
        assertThat(stack.logboek().aantalSinds(logStart, TestStack.HERZONDEN)).as("aanvragen the resend job sent again")
                .isZero();
    }

    private static int stopMidoffice(TestStack stack, boolean kill) {
        try {
            if (kill) {
                stack.killMidoffice();
                return 137;
            }
            return stack.stopMidoffice();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
