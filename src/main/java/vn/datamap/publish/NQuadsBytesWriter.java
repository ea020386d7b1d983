package vn.datamap.publish;

import java.io.OutputStream;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Triples and N-Quads written byte for byte as RIOT's plain stream writer writes them (UTF-8,
 * RIOT's own term formatting), but straight into a byte buffer from the kept bytes of each term
 * ({@link TermForms}): RIOT's per-character formatting and encoding of every term was most of the
 * server's time in an unpaged export.
 *
 * <p>One instance per stream (not thread-safe). {@link #finish()} sends what is buffered and
 * flushes the stream underneath; the stream itself is left open.
 */
final class NQuadsBytesWriter implements StreamRDF {
    private static final byte SEPARATOR = ' ';
    private static final byte[] END = {' ', '.', '\n'};
    private final ByteBuffered out;
    private final TermForms forms = new TermForms(new NodeFormatterNT(CharSpace.UTF8));

    NQuadsBytesWriter(OutputStream out) {
        this.out = new ByteBuffered(out);
    }

    @Override
    public void start() {
        // Nothing precedes the first line.
    }

    @Override
    public void triple(Triple triple) {
        line(triple.getSubject(), triple.getPredicate(), triple.getObject(), null);
    }

    @Override
    public void quad(Quad quad) {
        Node graph = quad.getGraph();
        // The graph slot as RIOT writes it: absent for a triple and for the default graph.
        boolean named = graph != null && graph != Quad.tripleInQuad && !Quad.isDefaultGraph(graph);
        line(quad.getSubject(), quad.getPredicate(), quad.getObject(), named ? graph : null);
    }

    /** One line: subject, predicate, object and, unless null, the graph. */
    private void line(Node subject, Node predicate, Node object, Node graph) {
        out.put(forms.of(subject).bytes());
        out.put(SEPARATOR);
        out.put(forms.of(predicate).bytes());
        out.put(SEPARATOR);
        out.put(forms.of(object).bytes());
        if (graph != null) {
            out.put(SEPARATOR);
            out.put(forms.of(graph).bytes());
        }
        out.put(END);
    }

    @Override
    public void base(String base) {
        // N-Triples and N-Quads have no base...
    }

    @Override
    public void prefix(String prefix, String iri) {
        // ...and no prefixes.
    }

    @Override
    public void version(String version) {
        // Nor a version line, as RIOT's plain writer.
    }

    @Override
    public void finish() {
        out.finish();
    }
}
