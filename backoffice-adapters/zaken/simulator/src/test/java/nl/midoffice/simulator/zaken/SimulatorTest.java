package nl.midoffice.simulator.zaken;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole simulator behind MockMvc, with one extra client that may only read and quick notification
 * retries. One annotation, so every test class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("demo")
@SpringBootTest(properties = {
        "simulator.clients.alleenlezen.secret=" + Zgw.ALLEEN_LEZEN_SECRET,
        "simulator.clients.alleenlezen.scopes=zaken.lezen",
        "simulator.notificaties.eerste-wachttijd=50ms",
        "simulator.notificaties.timeout=2s"})
@AutoConfigureMockMvc
public @interface SimulatorTest {
}
