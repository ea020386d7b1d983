package vn.datamap.ingest;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads an RDF body into a graph: relative IRIs against the deployment's base, every IRI and
 * literal in Unicode NFC (Vietnamese typed on a Mac arrives decomposed), syntax errors with
 * their line and column. Hostile bodies are refused before or while they are parsed, never
 * followed: strict UTF-8 and bounded nesting ({@link BodyScan}), no DTD or entity in RDF/XML
 * ({@link RdfXmlPrecheck}), no remote JSON-LD context ({@link OfflineDocumentLoader}), bounded
 * literals and IRIs and no named graphs ({@link BoundedSink}).
 */
public final class RdfBodyParser {
    private RdfBodyParser() {}

    public static Graph parse(byte[] body, BodyFormat format, String base) {
        BodyScan.check(body, format);
        if (format == BodyFormat.RDFXML) {
            RdfXmlPrecheck.check(body);
        }
        Graph parsed = GraphFactory.createDefaultGraph();
        BoundedSink sink = new BoundedSink(parsed, format.label());
        OfflineDocumentLoader loader = new OfflineDocumentLoader();
        Located located = new Located();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).base(base).lang(format.lang())
                    .set(LangJSONLD11.JSONLD_OPTIONS, loader.options())
                    .errorHandler(located).parse(sink);
        } catch (RuntimeException e) {
            if (sink.refusal() != null) {
                throw sink.refusal();
            }
            if (loader.refusal() != null) {
                throw loader.refusal();
            }
            if (e instanceof SyntaxProblem problem) {
                throw problem;
            }
            if (!(e instanceof RiotException)) {
                throw e;
            }
            throw new SyntaxProblem(format.label() + " syntax error" + (located.line > 0 ? " at line " + located.line + ", column " + located.column : "")
                    + ": " + (located.message != null ? located.message : e.getMessage()), located.line, located.column);
        } catch (StackOverflowError e) {
            // BodyScan keeps nesting shallow; this is the last line should a parser recurse on something else.
            throw new SyntaxProblem(format.label() + " body is nested too deeply to read", -1, -1);
        }
        if (loader.refusal() != null) {
            throw loader.refusal();
        }
        return nfc(parsed);
    }

    /** The same graph with every IRI and literal in NFC. */
    public static Graph nfc(Graph graph) {
        Graph normalised = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> normalised.add(Triple.create(nfc(t.getSubject()), nfc(t.getPredicate()), nfc(t.getObject()))));
        return normalised;
    }

    private static Node nfc(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            return Normalizer.isNormalized(iri, Normalizer.Form.NFC) ? node
                    : NodeFactory.createURI(Normalizer.normalize(iri, Normalizer.Form.NFC));
        }
        if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            if (Normalizer.isNormalized(lexical, Normalizer.Form.NFC)) {
                return node;
            }
            String n = Normalizer.normalize(lexical, Normalizer.Form.NFC);
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return NodeFactory.createLiteralLang(n, lang);
            }
            RDFDatatype type = node.getLiteralDatatype();
            return NodeFactory.createLiteralDT(n, type);
        }
        return node;
    }

    /** Keeps the position of the first error; warnings pass. */
    private static final class Located implements ErrorHandler {
        long line = -1;
        long column = -1;
        String message;

        @Override
        public void warning(String message, long line, long col) {
            // Warnings (e.g. an unusual IRI) do not stop a submission; the shapes judge the content.
        }

        @Override
        public void error(String message, long line, long col) {
            remember(message, line, col);
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            remember(message, line, col);
            throw new RiotException(message);
        }

        private void remember(String message, long line, long col) {
            if (this.message == null) {
                this.message = message;
                this.line = line;
                this.column = col;
            }
        }
    }
}
