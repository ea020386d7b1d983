package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Rdf4jGraphs.Syntax;
import vn.datamap.vocab.NS;

class JsonLdWriterTest {
    private static final String BASE = "https://data.example.vn/";

    @Test
    void everyKindOfTermComesBackAsItWasInJenaAndRdf4j() throws IOException {
        Graph graph = turtle("/web/jsonld-edge-cases.ttl");
        graph.getPrefixMapping().setNsPrefixes(NS.prefixes());
        byte[] json = write(graph);

        assertThat(Rdf4jGraphs.jena(json, BASE, Syntax.JSONLD).isIsomorphicWith(graph)).as("Jena reads back %s", text(json)).isTrue();
        Graph byRdf4j = Rdf4jGraphs.rdf4j(json, BASE, Syntax.JSONLD);
        assertThat(byRdf4j.size()).isEqualTo(graph.size());
        assertThat(byRdf4j.isIsomorphicWith(graph)).as("RDF4J reads back the same graph").isTrue();
    }

    @Test
    void namesAreCompactIrisAndTheNetworkPathLookalikeIsWrittenInFull() throws IOException {
        Graph graph = turtle("/web/jsonld-edge-cases.ttl");
        graph.getPrefixMapping().setNsPrefixes(NS.prefixes());
        String json = text(write(graph));

        assertThat(json).contains("\"@context\": {", "\"dcat\": \"http://www.w3.org/ns/dcat#\"", "\"@graph\": [",
                "\"@type\": [\"dcat:Dataset\", \"dm:Database\", \"http://example.org/no-prefix/Class\"]",
                "\"dct:title\": [", "{\"@value\": \"007\", \"@type\": \"xsd:integer\"}",
                "{\"@value\": \"National population database\", \"@language\": \"en-GB\"}",
                "\"http://purl.org/dc/terms///looks-like-a-network-path\": [",
                "\"Quotes \\\" and a backslash \\\\ ,\\na new line, a tab\\tand \\u0001 a control character\"");
        assertThat(json).doesNotContain("dct://");
    }

    @Test
    void aSubjectThatComesBackIsASecondNodeObjectOfTheSameGraph() {
        Node a = NodeFactory.createURI(BASE + "dataset/a");
        Node b = NodeFactory.createURI(BASE + "dataset/b");
        Node title = NodeFactory.createURI(NS.DCT + "title");
        List<Triple> triples = List.of(Triple.create(a, title, NodeFactory.createLiteralLang("một", "vi")),
                Triple.create(b, title, NodeFactory.createLiteralString("b")),
                Triple.create(a, title, NodeFactory.createLiteralLang("one", "en")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter writer = new JsonLdWriter(out);
        writer.start();
        NS.prefixes().getNsPrefixMap().forEach(writer::prefix);
        triples.forEach(writer::triple);
        writer.finish();

        String json = text(out.toByteArray());
        assertThat(json.split("\"@id\": \"" + a.getURI() + "\"", -1)).as("node objects of <a> in %s", json).hasSize(3);
        Graph expected = GraphFactory.createDefaultGraph();
        triples.forEach(expected::add);
        assertThat(Rdf4jGraphs.jena(out.toByteArray(), BASE, Syntax.JSONLD).isIsomorphicWith(expected)).isTrue();
        assertThat(Rdf4jGraphs.rdf4j(out.toByteArray(), BASE, Syntax.JSONLD).isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void anEmptyGraphIsAnEmptyDocument() {
        byte[] json = write(GraphFactory.createDefaultGraph());
        assertThat(Rdf4jGraphs.jena(json, BASE, Syntax.JSONLD).isEmpty()).isTrue();
        assertThat(text(json)).contains("\"@graph\": [");
    }

    @Test
    void aBaseDirectionIsWrittenAndTheLanguageReadBack() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI(BASE + "x"), NodeFactory.createURI(NS.DCT + "title"),
                NodeFactory.createLiteralDirLang("نص", "ar", TextDirection.RTL));
        byte[] json = write(graph);
        assertThat(text(json)).contains("\"@language\": \"ar\", \"@direction\": \"rtl\"");
        // A JSON-LD processor drops the direction by default (rdfDirection unset), keeping the language.
        Graph back = Rdf4jGraphs.jena(json, BASE, Syntax.JSONLD);
        assertThat(back.find().toList()).singleElement().satisfies(t -> {
            assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo("نص");
            assertThat(t.getObject().getLiteralLanguage()).isEqualTo("ar");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_", "http", "has:colon", "@vocab"})
    void aPrefixJsonLdCannotUseIsLeftOut(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefix("ex", "http://example.org/ns#");
        graph.add(NodeFactory.createURI("http://example.org/ns#s"), NodeFactory.createURI("http://example.org/ns#p"),
                NodeFactory.createURI("http://example.org/ns#o"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter writer = new JsonLdWriter(out);
        writer.start();
        writer.prefix(name, "http://example.org/ns#");
        writer.prefix("nodelimiter", "http://example.org/ns");
        graph.find().forEachRemaining(writer::triple);
        writer.finish();

        String json = text(out.toByteArray());
        assertThat(json).doesNotContain("\"" + name + "\": ").doesNotContain("nodelimiter");
        assertThat(json).contains("\"http://example.org/ns#p\": [");
        assertThat(Rdf4jGraphs.jena(out.toByteArray(), BASE, Syntax.JSONLD).isIsomorphicWith(graph)).isTrue();
    }

    @Test
    void anIriWhoseSchemeIsAPrefixIsWrittenUnderAContextThatUndefinesIt() throws IOException {
        Graph graph = turtle("/web/jsonld-scheme-clash.ttl");
        graph.getPrefixMapping().setNsPrefixes(NS.prefixes());
        byte[] json = write(graph);

        assertThat(text(json)).contains("\"@context\": {\"dct\": null}", "\"@context\": {\"dcat\": null, \"dct\": null}",
                "\"http://purl.org/dc/terms/title\": [", "\"dct:title\": [");
        assertThat(Rdf4jGraphs.jena(json, BASE, Syntax.JSONLD).isIsomorphicWith(graph)).as("Jena reads back %s", text(json)).isTrue();
        assertThat(Rdf4jGraphs.rdf4j(json, BASE, Syntax.JSONLD).isIsomorphicWith(graph)).as("RDF4J reads back the same graph").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"moj.ttl", "vn34-ha-noi.ttl", "mof-pre2025.ttl"})
    void aDemoCatalogueComesBackWhole(String file) throws IOException {
        Graph graph = turtle("/datamap/demo/" + file);
        RdfResponses.withPrefixes(graph);
        byte[] json = write(graph);
        assertThat(Rdf4jGraphs.jena(json, BASE, Syntax.JSONLD).isIsomorphicWith(graph)).isTrue();
        assertThat(Rdf4jGraphs.rdf4j(json, BASE, Syntax.JSONLD).isIsomorphicWith(graph)).isTrue();
    }

    private static byte[] write(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdWriter.write(graph, out);
        return out.toByteArray();
    }

    private static Graph turtle(String resource) throws IOException {
        try (InputStream in = JsonLdWriterTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(graph);
            return graph;
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
