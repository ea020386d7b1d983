package vn.datamap.web;

import java.io.IOException;
import java.io.OutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.springframework.http.HttpHeaders;
import vn.datamap.vocab.NS;

/** Writes graphs to HTTP responses in the negotiated syntax, with the project's prefixes. */
public final class RdfResponses {
    private RdfResponses() {}

    public static void write(HttpServletResponse response, Graph graph, RdfFormat format) throws IOException {
        response.setContentType(format.contentType());
        varyByAccept(response);
        withPrefixes(graph);
        OutputStream out = response.getOutputStream();
        format.write(graph, out);
        out.flush();
    }

    /** The graph in {@code format}, with the project's prefixes, as bytes (for a response that is kept). */
    public static byte[] bytes(Graph graph, RdfFormat format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
        format.write(withPrefixes(graph), out);
        return out.toByteArray();
    }

    /**
     * Marks a negotiated response (RDF, HTML page, or 304 of either) as depending on Accept, so
     * that no cache hands one representation to a client that asked for another.
     */
    public static void varyByAccept(HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /**
     * The triples of {@code graph} subject by subject, subjects in IRI order and blank nodes last,
     * so that a streaming writer gives each subject one block (Turtle) or node object (JSON-LD).
     */
    public static List<Triple> bySubject(Graph graph) {
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        List<Node> ordered = new ArrayList<>(subjects);
        ordered.sort(Comparator.comparing(Node::isBlank)
                .thenComparing(n -> n.isURI() ? n.getURI() : n.getBlankNodeLabel()));
        List<Triple> triples = new ArrayList<>(graph.size());
        ordered.forEach(s -> graph.find(s, Node.ANY, Node.ANY).forEachRemaining(triples::add));
        return triples;
    }

    /** Adds the standard prefixes (and no others) for readable output. */
    public static Graph withPrefixes(Graph graph) {
        PrefixMapping prefixes = graph.getPrefixMapping();
        prefixes.setNsPrefixes(NS.prefixes());
        return graph;
    }
}
