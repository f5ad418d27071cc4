package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * README command 1 refuses to start a second stack on ports a running one listens on — and only then; it runs every
 * app under the demo profile, as the README's demo credentials need.
 */
class LauncherTest {

    @Test
    void everyAppOfTheDemoRunsUnderTheDemoProfile() {
        var apps = StackConfig.standaard(Path.of(".")).apps();

        assertThat(apps).hasSize(6).allSatisfy(app ->
                assertThat(app.argumenten()).as(app.naam()).contains("--spring.profiles.active=demo"));
    }

    @Test
    void aPortSomethingListensOnIsInUseAndOneThatWasJustUsedIsNot() throws Exception {
        try (ServerSocket bezet = new ServerSocket(0); ServerSocket gebruikt = new ServerSocket(0)) {
            // a connection that ends leaves the port in TIME_WAIT, as a stack that just stopped does
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress("localhost", gebruikt.getLocalPort()));
                gebruikt.accept().close();
            }
            int vrijGekomen = gebruikt.getLocalPort();
            gebruikt.close();
            var config = new StackConfig(Path.of("."), Path.of("data"), bezet.getLocalPort(), vrijGekomen, vrij(),
                    vrij(), vrij(), vrij(), "", List.of());

            assertThat(Launcher.bezettePoorten(config)).containsExactly(bezet.getLocalPort());
        }
    }

    private static int vrij() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
