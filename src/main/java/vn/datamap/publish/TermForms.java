package vn.datamap.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;

/**
 * Terms as a RIOT node formatter writes them, as UTF-8 bytes, each kept once made. An export
 * repeats the same terms all along (every predicate, a subject for each of its triples, the
 * agencies, concepts and short values linked to); RIOT's writers format a term character by
 * character through a line-counting writer and then a charset encoder every time they write it.
 * Here a repeated IRI, blank node or short literal costs one table lookup (an identity check
 * when it is the same node instance); a string that needs no escape is quoted directly; any
 * other term is formatted by the same formatter into a reused character buffer. The JDK encodes.
 *
 * <p>One instance per stream (not thread-safe). The table is emptied when it reaches
 * {@link #KEPT} terms and keeps no literal longer than {@link #LONGEST_KEPT} characters, so
 * memory stays bounded whatever the export's size.
 */
final class TermForms {
    static final int KEPT = 8192;
    static final int LONGEST_KEPT = 64;
    private static final int RECENT = 1 << 12;
    private NodeFormatter formatter;
    private final Chars chars = new Chars();
    private final Map<Node, Form> kept = new HashMap<>();
    /**
     * The same node instances seen lately, by identity, in front of {@link #kept}: a store scan
     * hands out one instance per stored term, and an identity check spares the term's hash and
     * equality (string comparisons, a case-blind language tag) on nearly every lookup.
     */
    private final Node[] recentNodes = new Node[RECENT];
    private final Form[] recentForms = new Form[RECENT];
    private boolean anyRecent;

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
        if (anyRecent) {
            Arrays.fill(recentNodes, null);
            Arrays.fill(recentForms, null);
            anyRecent = false;
        }
    }

    Form of(Node node) {
        int slot = System.identityHashCode(node) & (RECENT - 1);
        if (recentNodes[slot] == node) {
            return recentForms[slot];
        }
        Form form = kept.get(node);
        if (form != null) {
            remember(slot, node, form);
            return form;
        }
        String text = quotedAsIs(node);
        if (text == null) {
            chars.text.setLength(0);
            formatter.format(chars, node);
            text = chars.text.toString();
        }
        form = new Form(text.getBytes(StandardCharsets.UTF_8), text.length());
        if (!node.isLiteral() || node.getLiteralLexicalForm().length() <= LONGEST_KEPT) {
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(node, form);
            remember(slot, node, form);
        }
        return form;
    }

    private void remember(int slot, Node node, Form form) {
        recentNodes[slot] = node;
        recentForms[slot] = form;
        anyRecent = true;
    }

    /**
     * The form of a plain or language-tagged string none of whose characters needs an escape
     * (no control character, quote,
     * backslash, surrogate or U+FFFD, which RIOT escapes), which both RIOT formatters write as
     * the text in quotes and its language tag: built directly rather than character by character.
     * Most of an export's long literals (titles, descriptions) are such. Null for any other term.
     */
    private static String quotedAsIs(Node node) {
        if (!node.isLiteral()) {
            return null;
        }
        String language = node.getLiteralLanguage();
        boolean plain = language.isEmpty() && XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI());
        if (!plain && (language.isEmpty() || node.getLiteralBaseDirection() != null)) {
            return null;
        }
        String lexical = node.getLiteralLexicalForm();
        for (int i = 0; i < lexical.length(); i++) {
            char c = lexical.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == 0xFFFD || Character.isSurrogate(c)) {
                return null;
            }
        }
        return plain ? '"' + lexical + '"' : '"' + lexical + "\"@" + language;
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
