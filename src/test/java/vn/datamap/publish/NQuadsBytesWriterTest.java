package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The kept term bytes and the writer's own encoding change nothing: the bytes are RIOT's own, for triples and quads. */
class NQuadsBytesWriterTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node G = NodeFactory.createURI("http://example.org/graph/catalog/moj");

    /**
     * IRIs and literals seen again and again, some needing escapes, more distinct ones than the
     * table keeps; literals of every kind, short and long, with characters of one to four UTF-8
     * bytes and an unpaired surrogate; blank nodes; and enough text to fill the buffer many times.
     */
    static List<Triple> triples() {
        List<Triple> triples = new ArrayList<>();
        String[] odd = {"http://example.org/dataset/cơ-sở-dữ-liệu", "http://example.org/a b", "http://example.org/x>y",
                "http://example.org/tab\there", "http://example.org/quote\"d", "http://example.org/{brace}"};
        String[] texts = {"Cơ sở dữ liệu quốc gia về dân cư", "line\nbreak \"quoted\" back\\slash\ttab\rreturn",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 outside the BMP", "lone \uD800 surrogate", "", "plain ASCII"};
        String longText = "Mô tả dài: ".repeat(40);
        for (int i = 0; i < TermForms.KEPT + 500; i++) {
            Node s = NodeFactory.createURI("http://example.org/dataset/" + (i / 3));
            String text = texts[i % texts.length];
            triples.add(Triple.create(s, P, NodeFactory.createURI(odd[i % odd.length])));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralLang("Tên " + i, "vi")));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralLang(text, i % 2 == 0 ? "vi" : "en")));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralString(text + (i % 3 == 0 ? longText + i : ""))));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralDT(String.valueOf(i % 50), XSDDatatype.XSDinteger)));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralDT("2025-07-0" + (1 + i % 9), XSDDatatype.XSDdate)));
            triples.add(Triple.create(s, NodeFactory.createURI(odd[(i + 1) % odd.length]), NodeFactory.createBlankNode("b" + (i % 7))));
            triples.add(Triple.create(NodeFactory.createBlankNode("b" + (i % 7)), P, NodeFactory.createLiteralString(longText)));
        }
        return triples;
    }

    @Test
    void nTriplesAreRiotsBytes() {
        byte[][] written = oursAndRiots(false, false);
        assertThat(written[0]).hasSizeGreaterThan(3 << 16);
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void nQuadsAreRiotsBytes() {
        byte[][] written = oursAndRiots(true, false);
        assertThat(new String(written[0], StandardCharsets.UTF_8)).contains("<http://example.org/graph/catalog/moj> .");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void quadsOfTheDefaultGraphAreWrittenWithoutAGraphAsRiotDoes() {
        byte[][] written = oursAndRiots(true, true);
        assertThat(new String(written[0], StandardCharsets.UTF_8)).doesNotContain("graph/catalog/moj");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void finishSendsEverythingAndFlushesTheStreamUnderneath() {
        FlushCountingStream sink = new FlushCountingStream();
        StreamRDF writer = new NQuadsBytesWriter(sink);
        writer.start();
        writer.triple(Triple.create(G, P, NodeFactory.createLiteralLang("Bộ Tư pháp", "vi")));
        assertThat(sink.size()).isZero();
        writer.finish();
        assertThat(sink.toString(StandardCharsets.UTF_8))
                .isEqualTo("<http://example.org/graph/catalog/moj> <http://example.org/p> \"Bộ Tư pháp\"@vi .\n");
        assertThat(sink.flushes()).isEqualTo(1);
    }

    /** The same triples (or quads) written by our writer and by RIOT's: {ours, RIOT's}. */
    private static byte[][] oursAndRiots(boolean quads, boolean defaultGraph) {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream riot = new ByteArrayOutputStream();
        write(new NQuadsBytesWriter(ours), quads, defaultGraph);
        write(quads ? StreamRDFWriter.getWriterStream(riot, Lang.NQUADS) : StreamRDFWriter.getWriterStream(riot, RDFFormat.NTRIPLES),
                quads, defaultGraph);
        return new byte[][] {ours.toByteArray(), riot.toByteArray()};
    }

    private static void write(StreamRDF writer, boolean quads, boolean defaultGraph) {
        writer.start();
        for (Triple t : triples()) {
            if (quads) {
                writer.quad(Quad.create(defaultGraph ? Quad.defaultGraphIRI : G, t));
            } else {
                writer.triple(t);
            }
        }
        writer.finish();
    }
}
