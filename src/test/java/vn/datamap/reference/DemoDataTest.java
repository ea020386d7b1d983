package vn.datamap.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * The demo set the server starts with covers what the map has to show, asked through the
 * server's own SPARQL endpoint: agencies old and new, every kind, every milestone status,
 * overdue work, dependencies on the national databases, and an illustrative mark on everything.
 */
class DemoDataTest {
    private static final String PREFIXES = """
            PREFIX dm:   <https://w3id.org/vndatamap/ns#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        http = TestServer.shared().http();
    }

    private long count(String where) {
        return http.count(PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }");
    }

    @Test
    void atLeastTwelveAgencyCataloguesOfMinistriesAndProvincesOldAndNew() {
        assertThat(count("?x a dm:AgencyCatalogue ; dm:illustrative true")).isGreaterThanOrEqualTo(12);
        String byKind = "?x a dm:AgencyCatalogue ; dm:illustrative true ; dct:publisher ?a . "
                + "?a dm:agencyKind/skos:notation ?kind . FILTER(?kind IN (%s)) %s";
        String gone = "FILTER EXISTS { ?a dm:validUntil ?end }";
        String current = "FILTER NOT EXISTS { ?a dm:validUntil ?end }";
        String ministries = "\"ministry\", \"ministerial-agency\", \"government-agency\"";
        String provinces = "\"province\", \"city\"";
        assertThat(count(byKind.formatted(ministries, current))).as("catalogues of today's ministries").isGreaterThanOrEqualTo(3);
        assertThat(count(byKind.formatted(ministries, gone))).as("catalogues of dissolved ministries").isGreaterThanOrEqualTo(3);
        assertThat(count(byKind.formatted(provinces, current))).as("catalogues of today's provinces").isGreaterThanOrEqualTo(2);
        assertThat(count(byKind.formatted(provinces, gone))).as("catalogues of pre-2025 provinces").isGreaterThanOrEqualTo(2);
    }

    @Test
    void moreThan150DatabasesAllMarkedIllustrative() {
        assertThat(count("?c a dm:AgencyCatalogue ; dm:illustrative true ; dcat:dataset ?x")).isGreaterThanOrEqualTo(150);
        assertThat(count("?c a dm:AgencyCatalogue ; dm:illustrative true ; dcat:dataset ?x . "
                + "FILTER NOT EXISTS { ?x dm:illustrative true }")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ministry-shared", "sector-shared", "local-shared", "internal"})
    void everyKindOfAgencyDatabaseIsPresent(String kind) {
        assertThat(count("?x dm:illustrative true ; dm:databaseKind/skos:notation \"" + kind + "\"")).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"planned", "in-progress", "completed", "delayed", "cancelled"})
    void everyMilestoneStatusIsPresent(String status) {
        assertThat(count("?d dm:illustrative true ; dm:roadmap/dm:milestone ?x . ?x dm:status/skos:notation \"" + status + "\""))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void someMilestonesAreOverdueAndSomeAreDueWithinNinetyDaysOfToday() {
        String open = "?d dm:illustrative true ; dm:roadmap/dm:milestone ?x . ?x dm:plannedDate ?planned ; dm:status/skos:notation ?s . "
                + "FILTER(?s IN (\"planned\", \"in-progress\", \"delayed\")) ";
        String today = "\"" + LocalDate.now() + "\"^^xsd:date";
        assertThat(count(open + "FILTER(?planned < " + today + ")")).as("overdue").isGreaterThanOrEqualTo(10);
        // Due soon is counted from the day the demo set was written (its dates are fixed).
        String written = "\"2026-11-28\"^^xsd:date";
        String written90 = "\"2027-02-26\"^^xsd:date";
        assertThat(count(open + "FILTER(?planned > " + written + " && ?planned <= " + written90 + ")"))
                .as("due within 90 days of the day the demo was written").isGreaterThanOrEqualTo(10);
    }

    @Test
    void manyDatabasesDependOnNationalDatabasesAndSomeOnEachOther() {
        assertThat(count("?x dm:illustrative true ; dm:dependsOn ?dep . ?dep dm:databaseKind/skos:notation \"national\""))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("?x dm:illustrative true ; dm:dependsOn ?dep . ?dep dm:illustrative true")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyDatabaseFiledByADissolvedBodyHasAnOwnerThatExistsToday() {
        String filedByGone = "?c a dm:AgencyCatalogue ; dm:illustrative true ; dct:publisher ?a ; dcat:dataset ?x . "
                + "?a dm:validUntil ?end . ";
        long filed = count(filedByGone);
        assertThat(filed).isGreaterThanOrEqualTo(20);
        // The derived owner appears in the published description of each database.
        var rows = http.select(PREFIXES + "SELECT ?x WHERE { " + filedByGone + " } ORDER BY ?x");
        int checked = 0;
        while (rows.hasNext()) {
            String database = rows.next().getResource("x").getURI();
            Graph graph = http.turtle(database);
            List<Node> owners = graph.find(NodeFactory.createURI(database),
                    NodeFactory.createURI("https://w3id.org/vndatamap/ns#currentOwner"), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            assertThat(owners).as("current owner of %s", database).hasSize(1);
            assertThat(count("BIND(<" + owners.get(0).getURI() + "> AS ?x) ?x a dm:Agency . "
                    + "FILTER NOT EXISTS { ?x dm:validUntil ?end }"))
                    .as("today's owner %s of %s exists today", owners.get(0), database).isEqualTo(1);
            checked++;
        }
        assertThat(checked).isEqualTo(filed);
    }
}
