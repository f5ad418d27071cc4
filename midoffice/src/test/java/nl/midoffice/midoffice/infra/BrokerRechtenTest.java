package nl.midoffice.midoffice.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.activemq.artemis.core.security.Role;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The standalone broker (docker/broker.xml) and the embedded one grant exactly the same rights. */
class BrokerRechtenTest {

    @Test
    void brokerXmlHasTheSecuritySettingsOfTheEmbeddedBroker() throws Exception {
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(false);
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = xml.newDocumentBuilder().parse(Path.of("..", "docker", "broker.xml").toFile());
        Map<String, Map<String, Set<String>>> inXml = new TreeMap<>();
        NodeList settings = document.getElementsByTagName("security-setting");
        for (int i = 0; i < settings.getLength(); i++) {
            Element setting = (Element) settings.item(i);
            var perRol = inXml.computeIfAbsent(setting.getAttribute("match"), m -> new TreeMap<>());
            NodeList permissies = setting.getElementsByTagName("permission");
            for (int j = 0; j < permissies.getLength(); j++) {
                Element permissie = (Element) permissies.item(j);
                for (String rol : permissie.getAttribute("roles").split(",")) {
                    perRol.computeIfAbsent(rol.strip(), r -> new TreeSet<>()).add(permissie.getAttribute("type"));
                }
            }
        }
        Map<String, Map<String, Set<String>>> inCode = new TreeMap<>();
        BrokerRechten.perAdres().forEach((match, rollen) -> {
            var perRol = inCode.computeIfAbsent(match, m -> new TreeMap<>());
            rollen.forEach(rol -> {
                Set<String> typen = typen(rol);
                if (!typen.isEmpty()) {
                    perRol.put(rol.getName(), typen);
                }
            });
        });

        assertThat(inXml).isEqualTo(inCode);
        assertThat(inCode.get("adapter.#").get("adapter")).doesNotContain("send");
    }

    private static Set<String> typen(Role rol) {
        Set<String> typen = new TreeSet<>();
        Map.of("send", rol.isSend(), "consume", rol.isConsume(), "browse", rol.isBrowse(), "manage", rol.isManage(),
                "createAddress", rol.isCreateAddress(), "deleteAddress", rol.isDeleteAddress(),
                "createDurableQueue", rol.isCreateDurableQueue(), "deleteDurableQueue", rol.isDeleteDurableQueue(),
                "createNonDurableQueue", rol.isCreateNonDurableQueue(),
                "deleteNonDurableQueue", rol.isDeleteNonDurableQueue())
                .forEach((type, mag) -> {
                    if (mag) {
                        typen.add(type);
                    }
                });
        return typen;
    }
}
