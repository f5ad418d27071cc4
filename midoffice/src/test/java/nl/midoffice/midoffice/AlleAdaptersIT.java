package nl.midoffice.midoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mid-office as the demo runs it: all four adapters in the same Camel context. {@link MidofficeIT} switches
 * them off to play the back offices itself, so only this test sees that the adapters' routes fit together
 * (route and node ids are one namespace per context; a clash stops the whole process at start).
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "midoffice.statuspolling.interval=1h")
@Import(TestInfrastructure.class)
class AlleAdaptersIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.properties(registry);
    }

    @Autowired
    CamelContext camel;

    @Test
    void alleVierAdaptersStartenSamenInEenCamelContext() {
        assertThat(camel.getStatus()).isEqualTo(ServiceStatus.Started);
        List<RouteDefinition> routes = camel.getCamelContextExtension().getContextPlugin(ModelCamelContext.class)
                .getRouteDefinitions();
        assertThat(routes).extracting(RouteDefinition::getRouteId)
                .anyMatch(id -> id.startsWith("brp"))
                .anyMatch(id -> id.startsWith("legacy-suite"))
                .anyMatch(id -> id.startsWith("zaken"))
                .anyMatch(id -> id.startsWith("vergunningen"));
        routes.forEach(route -> assertThat(camel.getRouteController().getRouteStatus(route.getRouteId()))
                .as(route.getRouteId()).isEqualTo(ServiceStatus.Started));

        List<String> expliciet = new ArrayList<>();
        for (RouteDefinition route : routes) {
            for (ProcessorDefinition<?> stap : ProcessorDefinitionHelper.filterTypeInOutputs(route.getOutputs(),
                    ProcessorDefinition.class)) {
                if (stap.hasCustomIdAssigned()) {
                    expliciet.add(stap.getId());
                }
            }
        }
        Map<String, Long> keren = expliciet.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(keren).as("node ids given in more than one place").allSatisfy((id, n) -> assertThat(n).as(id)
                .isEqualTo(1L));
    }
}
