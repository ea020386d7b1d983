package vn.datamap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Triples and N-Quads written byte for byte as RIOT's plain stream writer writes them (UTF-8,
 * RIOT's own term formatting), but straight into a byte buffer, with the bytes of each term kept
 * once made. An export repeats the same terms all along (every predicate, a subject for each of
 * its triples, the agencies, concepts and short values linked to); RIOT formats a term character
 * by character through a line-counting writer and then a charset encoder every time it writes
 * it, which was most of the server's time in an unpaged export. Here a repeated IRI, blank node
 * or short literal costs one table lookup and one copy; any other term is formatted by RIOT
 * into a reused character buffer and encoded by the JDK.
 *
 * <p>One instance per stream (not thread-safe). The table is emptied when it reaches
 * {@link #KEPT} terms and keeps no literal longer than {@link #LONGEST_KEPT} characters, so
 * memory stays bounded whatever the export's size. {@link #finish()} sends what is buffered and
 * flushes the stream underneath; the stream itself is left open.
 */
final class NQuadsBytesWriter implements StreamRDF {
    static final int KEPT = 8192;
    static final int LONGEST_KEPT = 64;
    private static final byte[] SEPARATOR = {' '};
    private static final byte[] END = {' ', '.', '\n'};
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
    private final Chars chars = new Chars();
    private final Map<Node, byte[]> kept = new HashMap<>();

    NQuadsBytesWriter(OutputStream out) {
        this.out = out;
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
        term(subject);
        put(SEPARATOR);
        term(predicate);
        put(SEPARATOR);
        term(object);
        if (graph != null) {
            put(SEPARATOR);
            term(graph);
        }
        put(END);
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
        try {
            drain();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void term(Node node) {
        byte[] form = kept.get(node);
        if (form != null) {
            put(form);
            return;
        }
        chars.text.setLength(0);
        formatter.format(chars, node);
        form = chars.text.toString().getBytes(StandardCharsets.UTF_8);
        if (!node.isLiteral() || node.getLiteralLexicalForm().length() <= LONGEST_KEPT) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(node, form);
        }
        put(form);
    }

    private void put(byte[] bytes) {
        if (used + bytes.length > buffer.length) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The character sink RIOT formats a term into: a reused builder, no line counting. */
    private static final class Chars extends AWriterBase {
        private final StringBuilder text = new StringBuilder(256);

        @Override
        public void print(char ch) {
            text.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            text.append(cbuf);
        }

        @Override
        public void print(String string) {
            text.append(string);
        }

        @Override
        public void printf(String fmt, Object... args) {
            text.append(String.format(Locale.ROOT, fmt, args));
        }

        @Override
        public void println(String object) {
            text.append(object).append('\n');
        }

        @Override
        public void println() {
            text.append('\n');
        }

        @Override
        public void flush() {
            // Nothing leaves the builder but through the writer.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
