package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Rdf4jGraphs.Syntax;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * Every RDF document the server writes reads the same in two independent toolkits (Jena RIOT and
 * RDF4J Rio), whichever way the syntax was chosen (Accept, suffix, {@code ?format=}); the
 * Content-Type names the syntax; and one resource in any two syntaxes is one graph.
 */
class RdfSyntaxCrossCheckTest {
    private static final String CONSTRUCT = Sparql.PREFIXES + """
            CONSTRUCT { ?d a dcat:Dataset ; dct:title ?t ; rdfs:seeAlso [ rdfs:label ?t ] }
            WHERE { ?d a dcat:Dataset ; dct:title ?t } ORDER BY ?d ?t LIMIT 60""";
    private static HttpTester http;

    /** How the client picks the syntax. */
    enum Choice { ACCEPT, SUFFIX, FORMAT_PARAMETER }

    /** A path that answers RDF, and whether it takes a file suffix and a {@code format} parameter. */
    record Endpoint(String name, String path, boolean suffix, boolean formatParameter) {
        String url(Syntax syntax, Choice choice) {
            return switch (choice) {
                case ACCEPT -> path;
                case SUFFIX -> path.contains("?") ? path.replaceFirst("\\?", "." + syntax.suffix + "?") : path + "." + syntax.suffix;
                case FORMAT_PARAMETER -> path + (path.contains("?") ? "&" : "?") + "format=" + syntax.suffix;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        http = TestServer.shared().http();
    }

    static List<Endpoint> endpoints() {
        HttpTester h = TestServer.shared().http();
        String base = TestServer.shared().base();
        Node catalogue = Sparql.first(h, "SELECT ?c WHERE { ?c a dm:AgencyCatalogue } ORDER BY ?c LIMIT 1");
        Node milestone = Sparql.first(h, "SELECT ?m WHERE { ?r dm:milestone ?m } ORDER BY ?m LIMIT 1");
        assertThat(catalogue).as("an agency catalogue in the live map").isNotNull();
        assertThat(milestone).as("a milestone in the live map").isNotNull();
        return List.of(
                new Endpoint("national map page", "catalog?page=1&page_size=20", true, true),
                new Endpoint("agency catalogue", relative(base, catalogue), true, true),
                new Endpoint("national database", "dataset/ndb-population", false, true),
                new Endpoint("milestone", relative(base, milestone), false, true),
                new Endpoint("agency", "agency/mps", false, true),
                new Endpoint("concept", "concept/database-kind/national", false, true),
                new Endpoint("vocabulary", "ns", true, true),
                new Endpoint("VoID", ".well-known/void", false, true),
                new Endpoint("service description", "sparql", false, true),
                new Endpoint("SPARQL CONSTRUCT", "sparql?query=" + URLEncoder.encode(CONSTRUCT, StandardCharsets.UTF_8), false, false));
    }

    private static String relative(String base, Node iri) {
        return iri.getURI().substring(base.length());
    }

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Syntax syntax : Syntax.values()) {
                all.add(Arguments.of(endpoint, syntax, Choice.ACCEPT));
                if (endpoint.suffix()) {
                    all.add(Arguments.of(endpoint, syntax, Choice.SUFFIX));
                }
                if (endpoint.formatParameter()) {
                    all.add(Arguments.of(endpoint, syntax, Choice.FORMAT_PARAMETER));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} by {2}")
    @MethodSource("documents")
    void jenaAndRdf4jReadTheSameGraph(Endpoint endpoint, Syntax syntax, Choice choice) {
        String url = endpoint.url(syntax, choice);
        HttpResponse<byte[]> response = choice == Choice.ACCEPT ? http.get(url, "Accept", syntax.mediaType) : http.get(url);
        assertThat(response.statusCode()).as("GET %s: %s", url, HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).as("Content-Type of %s", url).isEqualTo(syntax.mediaType);
        String base = http.uri(url).toString();

        Graph byJena = Rdf4jGraphs.jena(response.body(), base, syntax);
        Graph byRdf4j = Rdf4jGraphs.rdf4j(response.body(), base, syntax);

        assertThat(byJena.size()).as("triples in %s", url).isPositive();
        assertThat(byRdf4j.size()).as("RDF4J reads as many triples as Jena from %s", url).isEqualTo(byJena.size());
        assertThat(byJena.isIsomorphicWith(byRdf4j)).as("Jena and RDF4J read the same graph from %s", url).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everySyntaxCarriesTheSameGraph(Endpoint endpoint) {
        Graph turtle = fetch(endpoint, Syntax.TURTLE);
        assertThat(turtle.size()).as("triples of %s in Turtle", endpoint).isPositive();
        for (Syntax other : List.of(Syntax.JSONLD, Syntax.RDFXML, Syntax.NTRIPLES)) {
            Graph graph = fetch(endpoint, other);
            assertThat(graph.size()).as("%s in %s has as many triples as in Turtle", endpoint, other).isEqualTo(turtle.size());
            assertThat(graph.isIsomorphicWith(turtle)).as("%s in %s is the graph it is in Turtle", endpoint, other).isTrue();
        }
    }

    private static Graph fetch(Endpoint endpoint, Syntax syntax) {
        HttpResponse<byte[]> response = http.get(endpoint.path(), "Accept", syntax.mediaType);
        assertThat(response.statusCode()).as("GET %s as %s", endpoint.path(), syntax).isEqualTo(200);
        return Rdf4jGraphs.jena(response.body(), http.uri(endpoint.path()).toString(), syntax);
    }
}
