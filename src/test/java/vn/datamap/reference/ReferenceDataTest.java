package vn.datamap.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * The reference data the server starts with, asked through its own SPARQL endpoint: the state
 * bodies and provinces before and after 2025, and today's owner derived from the mergers.
 */
class ReferenceDataTest {
    private static final String PREFIXES = """
            PREFIX dm:   <https://w3id.org/vndatamap/ns#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        http = server.http();
    }

    private String iri(String relative) {
        return "<" + server.base() + relative + ">";
    }

    @Test
    void thereAre63ProvincesOf2023And34Today() {
        String count = PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dm:Agency ; dct:identifier ?id . FILTER(STRSTARTS(?id, \"%s\")) }";
        assertThat(http.count(count.formatted("vn63-"))).isEqualTo(63);
        assertThat(http.count(count.formatted("vn34-"))).isEqualTo(34);
        assertThat(http.count(PREFIXES + """
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p a dm:Agency ; dct:identifier ?id . FILTER(STRSTARTS(?id, "vn34-"))
                  FILTER NOT EXISTS { ?p dm:validUntil ?end }
                }""")).isEqualTo(34);
    }

    @Test
    void everyOldProvinceMapsToExactlyOneNewOne() {
        ResultSet rows = http.select(PREFIXES + """
                SELECT ?old (COUNT(DISTINCT ?new) AS ?successors) (COUNT(DISTINCT ?event) AS ?events) WHERE {
                  ?old a dm:Agency ; dct:identifier ?id . FILTER(STRSTARTS(?id, "vn63-"))
                  OPTIONAL { ?old dm:primarySuccessor ?new . ?new dct:identifier ?newId . FILTER(STRSTARTS(?newId, "vn34-")) }
                  OPTIONAL { ?event a org:ChangeEvent ; org:originalOrganization ?old ; prov:atTime ?when ;
                                    org:resultingOrganization ?result . ?result dct:identifier ?resultId .
                             FILTER(STRSTARTS(?resultId, "vn34-") && YEAR(?when) = 2025) }
                } GROUP BY ?old""");
        int provinces = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            provinces++;
            assertThat(row.getLiteral("successors").getInt()).as("successors of %s", row.get("old")).isEqualTo(1);
            assertThat(row.getLiteral("events").getInt()).as("2025 change events of %s (Huế on 1 January, all others on 1 July)", row.get("old")).isEqualTo(1);
        }
        assertThat(provinces).isEqualTo(63);
    }

    @Test
    void everyNewProvinceComesFromAtLeastOneOldOne() {
        assertThat(http.count(PREFIXES + """
                SELECT (COUNT(DISTINCT ?new) AS ?n) WHERE {
                  ?new dct:identifier ?id . FILTER(STRSTARTS(?id, "vn34-"))
                  FILTER NOT EXISTS { ?event org:resultingOrganization ?new ; org:originalOrganization ?old }
                }""")).isZero();
    }

    @Test
    void ministerialBodiesBeforeAndAfterThe2025Restructuring() {
        String kinds = PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?kind (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  ?a a dm:Agency ; dm:agencyKind/skos:notation ?kind .
                  FILTER(?kind IN ("ministry", "ministerial-agency", "government-agency"))
                  OPTIONAL { ?a dm:validFrom ?from } OPTIONAL { ?a dm:validUntil ?until }
                  FILTER(%s)
                } GROUP BY ?kind""";
        assertThat(byKind(kinds.formatted("!BOUND(?from) || ?from <= \"2025-02-28\"^^xsd:date")))
                .as("before 2025-03-01").containsEntry("ministry", 18L).containsEntry("ministerial-agency", 4L)
                .containsEntry("government-agency", 8L);
        assertThat(byKind(kinds.formatted("!BOUND(?until) || ?until > \"2025-03-01\"^^xsd:date")))
                .as("from 2025-03-01").containsEntry("ministry", 14L).containsEntry("ministerial-agency", 3L)
                .containsEntry("government-agency", 5L);
    }

    private Map<String, Long> byKind(String query) {
        Map<String, Long> counts = new HashMap<>();
        ResultSet rows = http.select(query);
        rows.forEachRemaining(r -> counts.put(r.getLiteral("kind").getString(), r.getLiteral("n").getLong()));
        return counts;
    }

    @ParameterizedTest(name = "{0} filed by {1} is owned today by {2}")
    @CsvSource({
        "ndb-land, monre, mae",
        "ndb-business-registration, mpi, mof",
        "ndb-insurance, vss, mof",
        "ndb-officials, moha-pre2025, moha",
        "ndb-population, mps, mps",
    })
    void currentOwnerOfANationalDatabaseFollowsTheMergers(String database, String filer, String owner) {
        ResultSet rows = http.select(PREFIXES + """
                SELECT ?filer ?owner WHERE {
                  %s dct:publisher ?filer .
                  OPTIONAL { ?t dm:transferredDatabase %s ; dm:transferredTo ?to }
                  BIND(COALESCE(?to, ?filer) AS ?start)
                  ?start dm:primarySuccessor* ?owner .
                  FILTER NOT EXISTS { ?owner dm:primarySuccessor ?later }
                }""".formatted(iri("dataset/" + database), iri("dataset/" + database)));
        QuerySolution row = rows.next();
        assertThat(row.getResource("filer").getURI()).isEqualTo(server.base() + "agency/" + filer);
        assertThat(row.getResource("owner").getURI()).isEqualTo(server.base() + "agency/" + owner);
        assertThat(rows.hasNext()).as("exactly one owner today").isFalse();
    }

    @Test
    void publishedCatalogueStatesTheSameOwnerAsTheQuery() {
        var graph = http.turtle("dataset/ndb-land");
        var owner = graph.find(org.apache.jena.graph.NodeFactory.createURI(server.base() + "dataset/ndb-land"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/vndatamap/ns#currentOwner"),
                org.apache.jena.graph.Node.ANY).toList();
        assertThat(owner).hasSize(1);
        assertThat(owner.get(0).getObject().getURI()).isEqualTo(server.base() + "agency/mae");
    }
}
