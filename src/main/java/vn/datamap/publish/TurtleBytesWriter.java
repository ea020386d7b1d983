package vn.datamap.publish;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle written block by block, byte for byte as RIOT's streaming {@code TURTLE_BLOCKS} writer
 * lays it out, but from the kept bytes of each term ({@link TermForms}) straight into a byte
 * buffer: RIOT's own layout went through a line-counting, indenting character writer and a
 * charset encoder, which made the Turtle export twice as slow as N-Triples for half the bytes.
 *
 * <p>The layout: directives first; then, for each run of triples with the same subject, a blank
 * line, the subject, and its predicate-object pairs one per line, indented by {@value #INDENT},
 * the objects aligned after the widest predicate of the run (predicates of more than
 * {@value #LONG_PREDICATE} characters do not count), separated by {@code ;} and ended by
 * {@code  .}. A subject wider than {@value #LONG_SUBJECT} characters has its first pair on the
 * next line. {@code rdf:type} is written {@code a} unless a prefix is declared for RDF's
 * namespace. Terms are formatted by RIOT's Turtle formatter with the prefixes declared so far.
 *
 * <p>One instance per stream (not thread-safe); triples only, as Turtle has no named graphs.
 * {@link #finish()} sends what is buffered and flushes the stream underneath, which is left open.
 */
final class TurtleBytesWriter implements StreamRDF {
    static final int INDENT = 8;
    static final int LONG_SUBJECT = 20;
    static final int LONG_PREDICATE = 30;
    private static final int NARROWEST_PREDICATE = 6;
    private static final int GAP = 2;
    /** Where a prefix line's IRI starts at the earliest (after an empty prefix name). */
    private static final int PREFIX_IRI_COLUMN = 9;
    private static final String RDF_NS = RDF.getURI();
    private static final Node RDF_TYPE = RDF.type.asNode();
    private static final byte[] NEXT_PAIR = {';', '\n'};
    private static final byte[] END = {' ', '.', '\n'};
    private final ByteBuffered out;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final NodeToLabel labels = NodeToLabel.createScopeByDocument();
    private final TermForms forms;
    private final Map<Node, Integer> widths = new HashMap<>();
    private final List<Triple> run = new ArrayList<>();
    private String base;
    private int rdfPrefixes;
    private boolean anyTriple;
    private boolean anyLine;

    TurtleBytesWriter(OutputStream out) {
        this.out = new ByteBuffered(out);
        this.forms = new TermForms(formatter());
    }

    @Override
    public void start() {
        // Directives and blocks follow as they come.
    }

    @Override
    public void triple(Triple triple) {
        if (!run.isEmpty() && !run.get(0).getSubject().equals(triple.getSubject())) {
            writeRun();
        }
        run.add(triple);
        anyTriple = true;
    }

    /** A quad of the default graph is a triple; Turtle has no way to write any other. */
    @Override
    public void quad(Quad quad) {
        if (!quad.isDefaultGraph() && !quad.isTriple()) {
            throw new IllegalArgumentException("Turtle cannot hold the named graph " + quad.getGraph());
        }
        triple(quad.asTriple());
    }

    /** As RIOT: the line is written at once, and a run still pending is written with the new base. */
    @Override
    public void base(String iri) {
        base = iri;
        forms.formatWith(formatter());
        directive("BASE   <" + iri + ">");
    }

    @Override
    public void prefix(String prefix, String iri) {
        writeRun();
        if (anyTriple) {
            newLine();
        }
        String replaced = prefixes.get(prefix);
        if (RDF_NS.equals(replaced)) {
            rdfPrefixes--;
        }
        if (RDF_NS.equals(iri)) {
            rdfPrefixes++;
        }
        prefixes.add(prefix, iri);
        widths.clear();
        forms.formatWith(formatter());
        String name = "PREFIX " + prefix + ": ";
        directive(name + " ".repeat(Math.max(0, PREFIX_IRI_COLUMN - name.length())) + "<" + iri + ">");
    }

    @Override
    public void version(String version) {
        directive("VERSION \"" + version + "\"");
    }

    @Override
    public void finish() {
        writeRun();
        out.finish();
    }

    private NodeFormatterTTL formatter() {
        return new NodeFormatterTTL(base, prefixes, labels);
    }

    private void directive(String line) {
        out.put(line.getBytes(StandardCharsets.UTF_8));
        newLine();
    }

    private void newLine() {
        out.put((byte) '\n');
        anyLine = true;
    }

    /** The pending run of triples of one subject, as one block. */
    private void writeRun() {
        if (run.isEmpty()) {
            return;
        }
        if (anyLine) {
            newLine();
        }
        TermForms.Form subject = forms.of(run.get(0).getSubject());
        out.put(subject.bytes());
        int column = subject.width();
        if (column > LONG_SUBJECT) {
            newLine();
            column = 0;
        } else {
            out.spaces(GAP);
            column += GAP;
        }
        if (column < INDENT) {
            out.spaces(INDENT - column);
            column = INDENT;
        }
        int objectColumn = INDENT + predicateWidth();
        boolean typeAsA = rdfPrefixes <= 0;
        for (int i = 0; i < run.size(); i++) {
            Triple triple = run.get(i);
            if (i > 0) {
                out.put(NEXT_PAIR);
                out.spaces(INDENT);
                column = INDENT;
            }
            Node predicate = triple.getPredicate();
            if (typeAsA && RDF_TYPE.equals(predicate)) {
                out.put((byte) 'a');
                column += 1;
            } else {
                TermForms.Form form = forms.of(predicate);
                out.put(form.bytes());
                column += form.width();
            }
            out.spaces(Math.max(0, objectColumn - column) + GAP);
            out.put(forms.of(triple.getObject()).bytes());
        }
        out.put(END);
        anyLine = true;
        run.clear();
    }

    /** The width the run's objects align after: its widest predicate but the very long ones. */
    private int predicateWidth() {
        int widest = NARROWEST_PREDICATE;
        for (Triple triple : run) {
            int width = widths.computeIfAbsent(triple.getPredicate(), this::width);
            if (width <= LONG_PREDICATE && width > widest) {
                widest = width;
            }
        }
        return widest;
    }

    /**
     * A predicate's width as RIOT's block writer reckons it: its prefixed name, or the IRI and
     * its angle brackets when no prefix fits, or one for {@code a}.
     */
    private int width(Node predicate) {
        String abbreviated = prefixes.abbreviate(predicate.getURI());
        if (abbreviated == null) {
            return predicate.getURI().length() + 2;
        }
        return rdfPrefixes <= 0 && RDF_TYPE.equals(predicate) ? 1 : abbreviated.length();
    }
}
