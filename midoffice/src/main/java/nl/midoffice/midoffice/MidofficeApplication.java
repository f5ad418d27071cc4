package nl.midoffice.midoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MidofficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(MidofficeApplication.class, args);
    }
}
