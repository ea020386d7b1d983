package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.datamap.vocab.NS;

/**
 * Our Turtle is RIOT's streaming block writer's, byte for byte: the layout (runs of a subject,
 * aligned objects, long subjects and predicates, {@code a}), the directives wherever they come,
 * and every term as RIOT's Turtle formatter writes it, over real catalogues and odd data alike.
 */
class TurtleBytesWriterTest {
    private static final String EX = "http://example.org/";

    static Stream<String> demoCatalogues() {
        return Stream.of("go", "moj", "mps", "mof-pre2025", "vn34-ha-noi", "vn63-ha-giang", "vss");
    }

    @ParameterizedTest
    @MethodSource("demoCatalogues")
    void aCatalogueIsWrittenAsRiotWritesIt(String agency) throws IOException {
        Graph graph;
        try (InputStream in = getClass().getResourceAsStream("/datamap/demo/" + agency + ".ttl")) {
            graph = RDFParser.source(in).lang(Lang.TURTLE).base("http://localhost:8080/").toGraph();
        }
        // Subject by subject, as the store hands a graph out.
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()));
        byte[][] written = oursAndRiots(writer -> {
            NS.prefixes().getNsPrefixMap().forEach(writer::prefix);
            triples.forEach(writer::triple);
        });
        assertThat(written[0]).isEqualTo(written[1]);
        Graph back = RDFParser.fromString(new String(written[0], StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        assertThat(IsoMatcher.isomorphic(back, graph)).isTrue();
    }

    @Test
    void oddTermsManyTimesOverAreWrittenAsRiotWritesThem() {
        List<Triple> triples = NQuadsBytesWriterTest.triples();
        byte[][] written = oursAndRiots(writer -> {
            writer.prefix("ex", EX);
            writer.prefix("dataset", EX + "dataset/");
            triples.forEach(writer::triple);
        });
        assertThat(written[0]).hasSizeGreaterThan(3 << 16);
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void subjectsAndPredicatesOfEveryWidthAreLaidOutAsRiotLaysThemOut() {
        byte[][] written = oursAndRiots(writer -> {
            writer.prefix("ex", EX);
            writer.prefix("rdf", RDF.getURI());
            for (int length = 1; length <= 40; length++) {
                Node subject = uri("s".repeat(length));
                writer.triple(Triple.create(subject, RDF.type.asNode(), uri("Thing")));
                writer.triple(Triple.create(subject, uri("p".repeat(length)), NodeFactory.createLiteralString("v")));
                writer.triple(Triple.create(subject, uri("q"), NodeFactory.createLiteralDT(String.valueOf(length), XSDDatatype.XSDinteger)));
            }
            // Names outside the basic plane count as RIOT counts them.
            writer.triple(Triple.create(uri("𝔘𝔫𝔦𝔠𝔬𝔡𝔢-𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), uri("𝔭"), NodeFactory.createLiteralLang("𝔘", "vi")));
            writer.triple(Triple.create(NodeFactory.createURI("http://elsewhere.org/x"), NodeFactory.createURI("urn:p"), uri("o")));
        });
        assertThat(new String(written[0], StandardCharsets.UTF_8)).contains("ex:sssssssssssssssss  rdf:type")
                .contains("ex:ssssssssssssssssss\n        rdf:type");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void withoutAPrefixForRdfTheTypeIsWrittenA() {
        byte[][] written = oursAndRiots(writer -> {
            writer.prefix("ex", EX);
            writer.triple(Triple.create(uri("s"), RDF.type.asNode(), uri("T")));
            writer.triple(Triple.create(uri("s"), uri("longerPredicate"), uri("T")));
            writer.prefix("rdf", RDF.getURI());
            writer.triple(Triple.create(uri("s"), RDF.type.asNode(), uri("T")));
            writer.prefix("rdf", "http://other.org/");
            writer.triple(Triple.create(uri("s"), RDF.type.asNode(), uri("T")));
        });
        String text = new String(written[0], StandardCharsets.UTF_8);
        assertThat(text).contains("ex:s    a                   ex:T;").contains("rdf:type  ex:T .");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void valuesAreAbbreviatedAsRiotAbbreviatesThem() {
        byte[][] written = oursAndRiots(writer -> {
            writer.prefix("ex", EX);
            writer.prefix("xsd", XSDDatatype.XSD + "#");
            Node s = uri("values");
            String[][] typed = {{"12", "integer"}, {"-3", "integer"}, {"1.50", "decimal"}, {"2.5E3", "double"}, {"true", "boolean"},
                    {"2025-07-01", "date"}, {"not a number", "integer"}, {"07", "integer"}, {"1e2", "float"}};
            for (String[] value : typed) {
                writer.triple(Triple.create(s, uri("typed"), NodeFactory.createLiteralDT(value[0], TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + value[1]))));
            }
            writer.triple(Triple.create(s, uri("other"), NodeFactory.createLiteralDT("x", TypeMapper.getInstance().getSafeTypeByName(EX + "dt"))));
            writer.triple(Triple.create(s, uri("local.name-with_odd%20"), uri("a.b")));
            writer.triple(Triple.create(s, uri("text"), NodeFactory.createLiteralString("line\nbreak \"quoted\"")));
            writer.triple(Triple.create(NodeFactory.createBlankNode(), uri("to"), NodeFactory.createBlankNode()));
        });
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void directivesAreWrittenWhereverTheyComeAsRiotWritesThem() {
        byte[][] written = oursAndRiots(writer -> {
            writer.version("1.2");
            writer.base(EX + "base/");
            writer.prefix("ex", EX);
            writer.prefix("", EX + "empty/");
            writer.triple(Triple.create(uri("base/s"), uri("p"), uri("base/o")));
            writer.prefix("more", EX + "more/");
            writer.triple(Triple.create(uri("base/s"), uri("more/p"), uri("empty/o")));
            writer.base(EX + "more/");
            writer.triple(Triple.create(uri("more/s"), uri("p"), uri("more/o")));
        });
        assertThat(new String(written[0], StandardCharsets.UTF_8)).startsWith("VERSION \"1.2\"\nBASE   <").contains("PREFIX : <");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void nothingButDirectivesOrNothingAtAll() {
        assertThat(oursAndRiots(writer -> { })[0]).isEmpty();
        byte[][] prefixesOnly = oursAndRiots(writer -> NS.prefixes().getNsPrefixMap().forEach(writer::prefix));
        assertThat(prefixesOnly[0]).isNotEmpty().isEqualTo(prefixesOnly[1]);
    }

    @Test
    void aQuadOfTheDefaultGraphIsATripleAndANamedGraphIsRefused() {
        Triple triple = Triple.create(uri("s"), uri("p"), uri("o"));
        byte[][] written = oursAndRiots(writer -> writer.triple(triple));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        TurtleBytesWriter writer = new TurtleBytesWriter(sink);
        writer.start();
        writer.quad(Quad.create(Quad.defaultGraphIRI, triple));
        assertThatThrownBy(() -> writer.quad(Quad.create(uri("g"), triple))).isInstanceOf(IllegalArgumentException.class);
        writer.finish();
        assertThat(sink.toByteArray()).isEqualTo(written[1]);
    }

    @Test
    void finishSendsEverythingAndFlushesTheStreamUnderneathOnce() {
        FlushCountingStream sink = new FlushCountingStream();
        StreamRDF writer = new TurtleBytesWriter(sink);
        writer.start();
        writer.prefix("ex", EX);
        for (int i = 0; i < 100; i++) {
            writer.triple(Triple.create(uri("s" + i), uri("p"), NodeFactory.createLiteralLang("Bộ Tư pháp", "vi")));
        }
        assertThat(sink.size()).isZero();
        writer.finish();
        assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("PREFIX ex: <http://example.org/>\n\nex:s0   ex:p    \"Bộ Tư pháp\"@vi .\n")
                .endsWith("ex:s99  ex:p    \"Bộ Tư pháp\"@vi .\n");
        assertThat(sink.flushes()).isEqualTo(1);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** The same calls made on our writer and on RIOT's: {ours, RIOT's}. */
    private static byte[][] oursAndRiots(Consumer<StreamRDF> calls) {
        List<byte[]> written = new ArrayList<>();
        for (boolean ours : new boolean[] {true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StreamRDF writer = ours ? new TurtleBytesWriter(out) : StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            writer.start();
            calls.accept(writer);
            writer.finish();
            written.add(out.toByteArray());
        }
        return written.toArray(new byte[0][]);
    }
}
