package vn.datamap.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator configures, bound from {@code DATAMAP_*} environment variables
 * (or {@code datamap.*} properties). See the configuration table in README.
 *
 * @param dataDir           where the TDB2 store, indexes and uploads in flight live
 * @param baseUri           base of every IRI the server mints; defaults to http://localhost:{port}/
 * @param demo              whether the illustrative demo catalogues are loaded
 * @param coordinatorAgency id of the agency that publishes the national map
 * @param queryTimeout      SPARQL time limits in milliseconds, "first-result,overall"
 * @param namedQueryTimeout time limits of the named queries ({@code /queries/{name}}, the dashboard), same form
 * @param defaultPageSize   catalogue page size when the request names none
 * @param maxPageSize       the largest page size a request may ask for
 * @param adminPassword     password of {@code admin}; when unset one is generated into the data directory
 * @param maxUploadBytes    the largest catalogue a steward may submit
 * @param maxValidateBytes  the largest file the open dry run accepts
 * @param queryConcurrency  how many SPARQL queries (on /sparql and the named queries) run at once; one more is answered 503 at once
 * @param queryMaxRows      the most rows (or solutions behind a graph) one SPARQL query returns
 * @param outboundAllow     "host:port" entries an admin's SPARQL {@code LOAD} may fetch from even
 *                          though they are loopback or private addresses (comma-separated)
 */
@ConfigurationProperties(prefix = "datamap")
public record DatamapProperties(
        @DefaultValue("data") Path dataDir,
        String baseUri,
        @DefaultValue("true") boolean demo,
        @DefaultValue("mps") String coordinatorAgency,
        @DefaultValue("10000,30000") String queryTimeout,
        @DefaultValue("100") int defaultPageSize,
        @DefaultValue("1000") int maxPageSize,
        String adminPassword,
        @DefaultValue("20971520") long maxUploadBytes,
        @DefaultValue("5242880") long maxValidateBytes,
        @DefaultValue("16") int queryConcurrency,
        @DefaultValue("100000") int queryMaxRows,
        @DefaultValue("") String outboundAllow,
        @DefaultValue("120000") String namedQueryTimeout) {
}
