package vn.datamap.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * A second opinion on every syntax the server writes: parses a document with Eclipse RDF4J Rio
 * and hands back a Jena graph (blank nodes stay blank nodes), so that it can be compared with
 * what Jena's own parser read from the same bytes.
 */
public final class Rdf4jGraphs {
    private Rdf4jGraphs() {}

    /** The RDF syntaxes of the contract, with their media type and both toolkits' names. */
    public enum Syntax {
        TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE),
        JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD),
        RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML),
        NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);

        public final String mediaType;
        public final String suffix;
        public final Lang jena;
        public final RDFFormat rio;

        Syntax(String mediaType, String suffix, Lang jena, RDFFormat rio) {
            this.mediaType = mediaType;
            this.suffix = suffix;
            this.jena = jena;
            this.rio = rio;
        }
    }

    /** Parses with Jena RIOT. */
    public static Graph jena(byte[] body, String base, Syntax syntax) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(syntax.jena).base(base).parse(graph);
        return graph;
    }

    /** Parses with RDF4J Rio and converts the statements to a Jena graph. */
    public static Graph rdf4j(byte[] body, String base, Syntax syntax) {
        try {
            return toJena(Rio.parse(new ByteArrayInputStream(body), base, syntax.rio));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Graph toJena(Model model) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Statement s : model) {
            graph.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return graph;
    }

    private static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return NodeFactory.createBlankNode(bnode.getID());
        }
        if (value instanceof Literal literal) {
            if (literal.getLanguage().isPresent()) {
                return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
            }
            IRI datatype = literal.getDatatype();
            if (datatype == null || XSD.STRING.equals(datatype)) {
                return NodeFactory.createLiteralString(literal.getLabel());
            }
            if (RDF.LANGSTRING.equals(datatype)) {
                throw new IllegalStateException("rdf:langString without a language: " + literal);
            }
            return NodeFactory.createLiteralDT(literal.getLabel(), TypeMapper.getInstance().getSafeTypeByName(datatype.stringValue()));
        }
        throw new IllegalArgumentException("Unsupported RDF4J value (RDF-star?): " + value);
    }
}
