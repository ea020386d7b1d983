package vn.datamap.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a parser puts what it reads from a submission: into one graph, refusing as it goes a
 * literal or an IRI longer than anything a catalogue needs, and any statement in a named graph
 * (a JSON-LD {@code @graph} with an {@code @id}): the server alone decides which graph a catalogue
 * lands in. The first refusal is kept, because some parsers wrap what a sink throws.
 */
final class BoundedSink extends StreamRDFWrapper {
    /** Longest literal accepted, in characters (1 MiB). */
    static final int MAX_LITERAL = 1 << 20;
    /** Longest IRI accepted, in characters. */
    static final int MAX_IRI = 8 * 1024;

    private final String label;
    private SyntaxProblem refusal;

    BoundedSink(Graph graph, String label) {
        super(StreamRDFLib.graph(graph));
        this.label = label;
    }

    /** The first refusal, or null. */
    SyntaxProblem refusal() {
        return refusal;
    }

    @Override
    public void triple(Triple triple) {
        check(triple.getSubject());
        check(triple.getPredicate());
        check(triple.getObject());
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        if (!quad.isDefaultGraph()) {
            throw refuse("A catalogue is one graph: this " + label + " puts statements in the named graph <"
                    + shorten(quad.getGraph().toString()) + ">. Leave out the graph name; the server decides where a "
                    + "catalogue is stored");
        }
        triple(quad.asTriple());
    }

    private void check(Node node) {
        if (node.isLiteral() && node.getLiteralLexicalForm().length() > MAX_LITERAL) {
            throw refuse("A literal of " + node.getLiteralLexicalForm().length() + " characters is longer than the limit of "
                    + MAX_LITERAL + " characters");
        }
        if (node.isURI() && node.getURI().length() > MAX_IRI) {
            throw refuse("An IRI of " + node.getURI().length() + " characters is longer than the limit of " + MAX_IRI
                    + " characters: <" + shorten(node.getURI()) + ">");
        }
    }

    private SyntaxProblem refuse(String message) {
        if (refusal == null) {
            refusal = new SyntaxProblem(message, -1, -1);
        }
        return refusal;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
