package nl.midoffice.adapterkit;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The adapter's host in the contract test, in place of the mid-office: Spring Boot's auto-configuration (the
 * adapter's own, camel-support's, Camel, JMS, and an embedded Artemis with broker-support's settings from
 * docker/broker.xml, as the mid-office has). No
 * component scan: the adapter must bring everything through its auto-configuration, as it does in the mid-office.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class AdapterKitApplicatie {
}
