package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.DatamapServer;
import vn.datamap.support.TestServer;

/**
 * {@code DATAMAP_DEMO=false} leaves the illustrative catalogues out: a fresh store gets the
 * reference data only, and a store that had the demo set loses it on the next start, while
 * everything else stays.
 */
class DemoSwitchTest {
    private static final String BASE = "http://datamap.test/";
    private static final String DEMO_CATALOGUES = """
            PREFIX dm: <https://w3id.org/vndatamap/ns#>
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a dm:AgencyCatalogue ; dm:illustrative true }""";
    private static final String AGENCIES = """
            PREFIX dm: <https://w3id.org/vndatamap/ns#>
            SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dm:Agency }""";
    private static final String NATIONAL_CATALOGUE = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT (COUNT(?d) AS ?n) WHERE { <http://datamap.test/catalog/government> dcat:dataset ?d }""";

    @Test
    void aFreshStoreWithoutDemoHoldsTheReferenceDataOnly(@TempDir Path dir) {
        try (TestServer server = TestServer.start(DatamapServer.create().demo(false).baseUri(BASE), dir, false)) {
            assertThat(server.http().count(DEMO_CATALOGUES)).isZero();
            assertThat(server.http().count(AGENCIES)).isGreaterThan(100);
            assertThat(server.http().count(NATIONAL_CATALOGUE)).isGreaterThanOrEqualTo(10);
            assertThat(server.http().get("/catalog/mps").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void turningTheDemoOffRemovesItAndKeepsTheRest(@TempDir Path dir) {
        long agencies;
        try (TestServer server = TestServer.start(DatamapServer.create().demo(true).baseUri(BASE), dir, false)) {
            assertThat(server.http().count(DEMO_CATALOGUES)).isGreaterThanOrEqualTo(12);
            assertThat(server.http().get("/catalog/mps").statusCode()).isEqualTo(200);
            agencies = server.http().count(AGENCIES);
        }
        try (TestServer server = TestServer.start(DatamapServer.create().demo(false).baseUri(BASE), dir, false)) {
            assertThat(server.http().count(DEMO_CATALOGUES)).isZero();
            assertThat(server.http().count(AGENCIES)).isEqualTo(agencies);
            assertThat(server.http().get("/catalog/mps").statusCode()).isEqualTo(404);
            assertThat(server.http().get("/catalog/government").statusCode()).isEqualTo(200);
        }
        assertThat(Files.isDirectory(dir.resolve("store"))).isTrue();
    }
}
