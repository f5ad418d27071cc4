package nl.midoffice.demo;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

/**
 * For the apps' tests (this module's test jar): a server port takes connections on the loopback interface and on
 * none of this machine's other addresses, i.e. the app bound to {@code localhost}.
 */
public final class AlleenLokaal {

    private AlleenLokaal() {
    }

    /**
     * Throws an {@link AssertionError} unless the port answers on 127.0.0.1 and refuses every other local address;
     * returns those other addresses (empty on a machine without a network, where only the first half is proven).
     */
    public static List<InetAddress> luistert(int poort) {
        if (!verbindt(InetAddress.getLoopbackAddress(), poort)) {
            throw new AssertionError("nothing listens on " + InetAddress.getLoopbackAddress() + ":" + poort);
        }
        List<InetAddress> andere = andereAdressen();
        for (InetAddress adres : andere) {
            if (verbindt(adres, poort)) {
                throw new AssertionError("port " + poort + " answers on " + adres.getHostAddress()
                        + ": the app listens beyond localhost");
            }
        }
        System.out.println("[alleen lokaal] port " + poort + " answers on loopback only; refused on " + andere);
        return andere;
    }

    private static List<InetAddress> andereAdressen() {
        try {
            return NetworkInterface.networkInterfaces().filter(AlleenLokaal::actief)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !(a instanceof Inet6Address && a.isLinkLocalAddress()))
                    .toList();
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list this machine's network interfaces", e);
        }
    }

    private static boolean actief(NetworkInterface ni) {
        try {
            return ni.isUp() && !ni.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean verbindt(InetAddress adres, int poort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(adres, poort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
