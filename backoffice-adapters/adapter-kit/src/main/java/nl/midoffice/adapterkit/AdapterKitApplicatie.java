package nl.midoffice.adapterkit;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The adapter's host in the contract test, in place of the mid-office: Spring Boot's auto-configuration (the
 * adapter's own, camel-support's, Camel, JMS, embedded Artemis) and the mid-office's broker settings. No
 * component scan: the adapter must bring everything through its auto-configuration, as it does in the mid-office.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(KitBroker.class)
class AdapterKitApplicatie {
}
