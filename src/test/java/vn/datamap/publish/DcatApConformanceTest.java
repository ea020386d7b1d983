package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.datamap.support.CatalogWalk;
import vn.datamap.support.DcatApShapes;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * What the server publishes as DCAT-AP 3 conforms to the official DCAT-AP 3.0.1 shapes (Base and
 * Range): the whole national map, joined from every page a harvester walks, and each agency's
 * whole catalogue. Warnings are allowed; a single sh:Violation fails, with every violation listed.
 */
class DcatApConformanceTest {
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        DcatApShapes.shapes();
        server = TestServer.shared();
        http = server.http();
    }

    @Test
    void everyPageOfTheNationalMapJoinedConformsToDcatAp3() {
        List<CatalogWalk.Page> pages = CatalogWalk.walk(http, server.url("catalog?page_size=50"));
        Graph joined = CatalogWalk.join(pages);
        assertThat(pages.stream().mapToInt(p -> p.datasets().size()).sum())
                .as("datasets published over %d pages", pages.size()).isPositive();

        List<String> violations = DcatApShapes.violations(joined);

        assertThat(violations)
                .withFailMessage("DCAT-AP 3.0.1 violations in the national map (%d pages, %d triples):%n%s",
                        pages.size(), joined.size(), String.join(System.lineSeparator(), violations))
                .isEmpty();
    }

    static Stream<String> agencyCatalogues() {
        List<Node> catalogues = Sparql.column(TestServer.shared().http(),
                "SELECT DISTINCT ?c WHERE { ?c a dm:AgencyCatalogue } ORDER BY ?c");
        assertThat(catalogues).as("agency catalogues in the live map").isNotEmpty();
        return catalogues.stream().map(Node::getURI);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencyCatalogues")
    void wholeAgencyCatalogueConformsToDcatAp3(String catalogue) {
        var response = http.get(catalogue, "Accept", "text/turtle");
        assertThat(response.statusCode()).as("GET %s: %s", catalogue, HttpTester.text(response)).isEqualTo(200);
        Graph graph = Rdf4jGraphs.jena(response.body(), catalogue, Rdf4jGraphs.Syntax.TURTLE);
        assertThat(graph.contains(NodeFactory.createURI(catalogue),
                NodeFactory.createURI(CatalogWalk.DCAT + "dataset"), Node.ANY))
                .as("%s lists at least one dataset", catalogue).isTrue();

        List<String> violations = DcatApShapes.violations(graph);

        assertThat(violations)
                .withFailMessage("DCAT-AP 3.0.1 violations in %s (%d triples):%n%s", catalogue, graph.size(),
                        String.join(System.lineSeparator(), violations))
                .isEmpty();
    }
}
