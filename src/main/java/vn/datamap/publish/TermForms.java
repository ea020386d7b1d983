package vn.datamap.publish;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;

/**
 * Terms as a RIOT node formatter writes them, as UTF-8 bytes, each kept once made. An export
 * repeats the same terms all along (every predicate, a subject for each of its triples, the
 * agencies, concepts and short values linked to); RIOT's writers format a term character by
 * character through a line-counting writer and then a charset encoder every time they write it.
 * Here a repeated IRI, blank node or short literal costs one table lookup; any other term is
 * formatted by the same formatter into a reused character buffer and encoded by the JDK.
 *
 * <p>One instance per stream (not thread-safe). The table is emptied when it reaches
 * {@link #KEPT} terms and keeps no literal longer than {@link #LONGEST_KEPT} characters, so
 * memory stays bounded whatever the export's size.
 */
final class TermForms {
    static final int KEPT = 8192;
    static final int LONGEST_KEPT = 64;
    private NodeFormatter formatter;
    private final Chars chars = new Chars();
    private final Map<Node, Form> kept = new HashMap<>();

    /** A term's bytes, and its width in characters as a line-counting writer counts them. */
    record Form(byte[] bytes, int width) {
    }

    TermForms(NodeFormatter formatter) {
        this.formatter = formatter;
    }

    /** Formats from now on with {@code changed} (a new base or prefixes): forgets every kept form. */
    void formatWith(NodeFormatter changed) {
        formatter = changed;
        kept.clear();
    }

    Form of(Node node) {
        Form form = kept.get(node);
        if (form != null) {
            return form;
        }
        chars.text.setLength(0);
        formatter.format(chars, node);
        String text = chars.text.toString();
        form = new Form(text.getBytes(StandardCharsets.UTF_8), text.length());
        if (!node.isLiteral() || node.getLiteralLexicalForm().length() <= LONGEST_KEPT) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(node, form);
        }
        return form;
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
