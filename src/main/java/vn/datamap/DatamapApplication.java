package vn.datamap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Vietnam Data Map server: HTTP API, SPARQL, linked data and pages on one port. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatamapApplication {
    public static void main(String[] args) {
        SpringApplication.run(DatamapApplication.class, args);
    }
}
