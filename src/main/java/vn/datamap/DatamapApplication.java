package vn.datamap;

import org.springframework.boot.SpringApplication;
import vn.datamap.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Vietnam Data Map server: HTTP API, SPARQL, linked data and pages on one port; with a
 * command as first argument ({@code validate}, {@code import}, {@code export}), the command line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatamapApplication {
    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(DatamapApplication.class, args);
    }
}
