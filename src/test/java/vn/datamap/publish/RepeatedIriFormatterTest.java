package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The remembered IRI forms change nothing: the bytes are RIOT's own, for triples and quads. */
class RepeatedIriFormatterTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node G = NodeFactory.createURI("http://example.org/graph/catalog/moj");

    /** IRIs seen again and again, some needing escapes, more distinct ones than the table keeps. */
    private static List<Triple> triples() {
        List<Triple> triples = new ArrayList<>();
        String[] odd = {"http://example.org/dataset/cơ-sở-dữ-liệu", "http://example.org/a b", "http://example.org/x>y",
                "http://example.org/tab\there", "http://example.org/quote\"d", "http://example.org/{brace}"};
        for (int i = 0; i < RepeatedIriFormatter.KEPT + 500; i++) {
            Node s = NodeFactory.createURI("http://example.org/dataset/" + (i / 3));
            triples.add(Triple.create(s, P, NodeFactory.createURI(odd[i % odd.length])));
            triples.add(Triple.create(s, P, NodeFactory.createLiteralLang("Tên " + i, "vi")));
            triples.add(Triple.create(s, NodeFactory.createURI(odd[(i + 1) % odd.length]), NodeFactory.createBlankNode("b" + (i % 7))));
        }
        return triples;
    }

    @Test
    void nTriplesAreRiotsBytes() {
        byte[][] written = oursAndRiots(false);
        assertThat(written[0]).isNotEmpty();
        assertThat(written[0]).isEqualTo(written[1]);
    }

    @Test
    void nQuadsAreRiotsBytes() {
        byte[][] written = oursAndRiots(true);
        assertThat(new String(written[0], java.nio.charset.StandardCharsets.UTF_8)).contains("<http://example.org/graph/catalog/moj> .");
        assertThat(written[0]).isEqualTo(written[1]);
    }

    /** The same triples (or quads) written by our writer and by RIOT's: {ours, RIOT's}. */
    private static byte[][] oursAndRiots(boolean quads) {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream riot = new ByteArrayOutputStream();
        write(RepeatedIriFormatter.writer(ours), quads);
        write(quads ? StreamRDFWriter.getWriterStream(riot, Lang.NQUADS) : StreamRDFWriter.getWriterStream(riot, RDFFormat.NTRIPLES), quads);
        return new byte[][] {ours.toByteArray(), riot.toByteArray()};
    }

    private static void write(StreamRDF writer, boolean quads) {
        writer.start();
        for (Triple t : triples()) {
            if (quads) {
                writer.quad(Quad.create(G, t));
            } else {
                writer.triple(t);
            }
        }
        writer.finish();
    }
}
