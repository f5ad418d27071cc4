package nl.midoffice.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One application of the stack, started as its own JVM from its runnable jar.
 *
 * @param naam       prefix of its log lines
 * @param jar        its runnable jar
 * @param port       its HTTP port
 * @param gereedPad  the path that answers 200 once it takes requests
 * @param argumenten Spring Boot arguments
 */
record App(String naam, Path jar, int port, String gereedPad, List<String> argumenten) {

    String url() {
        return "http://localhost:" + port;
    }
}
