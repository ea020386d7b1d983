package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * The figures of the VoID description and of the SPARQL service description are the map's own,
 * graph by graph, and follow a submission: they are kept between writes, never past one.
 */
class VoidCountsTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String PASSWORD = "admin-secret-for-void-tests";
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", PASSWORD));
        client = new WriteClient(server);
        client.createSteward(WriteClient.basic("admin", PASSWORD), "moit.steward", "steward-moit-pw", "moit");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static long number(Graph g, Node subject, String property) {
        return Long.parseLong(g.find(subject, uri(property), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    /** void:triples of each subset, by the graph it names. */
    private static Map<Node, Long> voidSizes(Graph voidGraph) {
        Map<Node, Long> sizes = new HashMap<>();
        voidGraph.find(Node.ANY, uri(SD + "name"), Node.ANY)
                .forEachRemaining(t -> sizes.put(t.getObject(), number(voidGraph, t.getSubject(), VOID + "triples")));
        return sizes;
    }

    /** void:triples of each named graph of the service description, by its name. */
    private static Map<Node, Long> serviceSizes(Graph sd) {
        Map<Node, Long> sizes = new HashMap<>();
        sd.find(Node.ANY, uri(SD + "name"), Node.ANY).forEachRemaining(t -> {
            Node graph = sd.find(t.getSubject(), uri(SD + "graph"), Node.ANY).next().getObject();
            sizes.put(t.getObject(), number(sd, graph, VOID + "triples"));
        });
        return sizes;
    }

    /** What SPARQL counts in each named graph. */
    private static Map<Node, Long> counted() {
        Map<Node, Long> sizes = new HashMap<>();
        HttpTester http = server.http();
        for (Node g : Sparql.column(http, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            sizes.put(g, http.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + g.getURI() + "> { ?s ?p ?o } }"));
        }
        return sizes;
    }

    private static void assertFiguresAreTheMaps() {
        Map<Node, Long> counted = counted();
        Graph voidGraph = server.http().turtle(".well-known/void");
        Node map = uri(server.base() + ".well-known/void#datamap");
        assertThat(voidSizes(voidGraph)).isEqualTo(counted);
        assertThat(number(voidGraph, map, VOID + "triples")).isEqualTo(counted.values().stream().mapToLong(Long::longValue).sum());
        assertThat(number(voidGraph, map, VOID + "entities"))
                .isEqualTo(server.http().count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?type }"));
        assertThat(number(voidGraph, uri(server.base() + ".well-known/void#databases"), VOID + "entities"))
                .isEqualTo(server.http().count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <http://www.w3.org/ns/dcat#Dataset> }"));
        assertThat(serviceSizes(server.http().turtle("sparql"))).isEqualTo(counted);
    }

    @Test
    void theFiguresAreTheMapsBeforeAndAfterASubmission() throws Exception {
        assertFiguresAreTheMaps();
        Node moit = uri(server.base() + "graph/catalog/moit");
        long before = voidSizes(server.http().turtle(".well-known/void")).getOrDefault(moit, 0L);

        HttpResponse<byte[]> put = client.send("PUT", "/api/agencies/moit/catalogue",
                Files.readAllBytes(Path.of("src/test/resources/ingest/moit-catalogue.ttl")), "text/turtle",
                WriteClient.basic("moit.steward", "steward-moit-pw"));
        assertThat(put.statusCode()).as(HttpTester.text(put)).isEqualTo(200);

        long after = server.http().count("SELECT (COUNT(*) AS ?n) { GRAPH <" + moit.getURI() + "> { ?s ?p ?o } }");
        assertThat(after).as("the submission changed the size of moit's graph").isNotEqualTo(before);
        assertFiguresAreTheMaps();
    }
}
