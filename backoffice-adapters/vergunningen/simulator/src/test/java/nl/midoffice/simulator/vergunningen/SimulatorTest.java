package nl.midoffice.simulator.vergunningen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole simulator with short clocks, so that decisions and retries happen within a test's
 * patience. One set of properties for every test class keeps it to a single Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("demo")
@SpringBootTest(properties = {
        "simulator.beslistermijn=150ms",
        "simulator.callback.max-pogingen=4",
        "simulator.callback.eerste-wachttijd=50ms",
        "simulator.callback.max-wachttijd=200ms",
        "simulator.callback.timeout=2s"})
@AutoConfigureMockMvc
public @interface SimulatorTest {
}
