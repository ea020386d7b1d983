package vn.datamap.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import vn.datamap.vocab.NS;

/**
 * JSON-LD 1.1 written as the triples come, in memory bounded by one subject's statements: a
 * context of prefixes, then an {@code @graph} array of node objects, one per run of triples about
 * the same subject. Property names, types and datatypes are compact IRIs where a prefix fits;
 * subjects and object IRIs are written in full. A subject that comes back after another is
 * written as a second node object with the same {@code @id}, which JSON-LD processors merge.
 * Every literal keeps its exact lexical form, language tag and datatype. A node object that
 * writes an IRI whose scheme is one of the prefixes ({@code <dct:title>}) undefines that prefix
 * in a context of its own, so that the IRI is not expanded.
 * <p>
 * RIOT's JSON-LD writer builds the whole document as JSON values and compacts it: about ten
 * times the time of its Turtle writer, and memory in proportion to the graph.
 * <p>
 * Prefixes come before the first triple ({@link #prefix}); later ones are ignored. Not thread-safe.
 */
public final class JsonLdWriter implements StreamRDF {
    private static final String RDF_TYPE = NS.RDF + "type";
    private static final String XSD_STRING = NS.XSD + "string";
    private static final String LANG_STRING = NS.RDF + "langString";
    private static final String DIR_LANG_STRING = NS.RDF + "dirLangString";

    private final Writer out;
    private final JsonLdPrefixes prefixes = new JsonLdPrefixes();
    private boolean opened;
    private boolean firstNode = true;
    private Node subject;
    private final Map<Node, List<Node>> statements = new LinkedHashMap<>();

    public JsonLdWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes {@code graph} with its prefixes, one node object per subject, subjects in IRI order. */
    public static void write(Graph graph, OutputStream out) {
        JsonLdWriter writer = new JsonLdWriter(out);
        writer.start();
        graph.getPrefixMapping().getNsPrefixMap().forEach(writer::prefix);
        RdfResponses.bySubject(graph).forEach(writer::triple);
        writer.finish();
    }

    @Override
    public void start() {
    }

    @Override
    public void base(String base) {
        // Every IRI is written absolute or as a compact IRI: the document needs no base.
    }

    @Override
    public void prefix(String name, String namespace) {
        if (!opened) {
            prefixes.add(name, namespace);
        }
    }

    @Override
    public void triple(Triple triple) {
        open();
        if (subject != null && !subject.equals(triple.getSubject())) {
            writeNode();
        }
        subject = triple.getSubject();
        statements.computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>()).add(triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void finish() {
        open();
        if (subject != null) {
            writeNode();
        }
        write("\n  ]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open() {
        if (opened) {
            return;
        }
        opened = true;
        write("{\n  \"@context\": {");
        boolean first = true;
        for (Map.Entry<String, String> p : prefixes.byName().entrySet()) {
            write(first ? "\n    " : ",\n    ");
            string(p.getKey());
            write(": ");
            string(p.getValue());
            first = false;
        }
        write("\n  },\n  \"@graph\": [");
    }

    /** Writes the node object of the current subject and forgets its statements. */
    private void writeNode() {
        Set<String> cleared = clashes();
        write(firstNode ? "\n    {\n      \"@id\": " : ",\n    {\n      \"@id\": ");
        firstNode = false;
        string(id(subject));
        if (!cleared.isEmpty()) {
            // Prefixes this object's full IRIs start with are undefined here, or they would expand.
            write(",\n      \"@context\": {");
            int i = 0;
            for (String name : cleared) {
                write(i++ == 0 ? "" : ", ");
                string(name);
                write(": null");
            }
            write("}");
        }
        List<String> types = new ArrayList<>();
        Map<String, List<Node>> byKey = new TreeMap<>();
        statements.forEach((p, objects) -> {
            for (Node o : objects) {
                if (p.getURI().equals(RDF_TYPE) && o.isURI()) {
                    types.add(prefixes.compact(o.getURI(), cleared));
                } else {
                    byKey.computeIfAbsent(prefixes.compact(p.getURI(), cleared), k -> new ArrayList<>()).add(o);
                }
            }
        });
        if (!types.isEmpty()) {
            write(",\n      \"@type\": [");
            types.sort(null);
            for (int i = 0; i < types.size(); i++) {
                write(i == 0 ? "" : ", ");
                string(types.get(i));
            }
            write("]");
        }
        byKey.forEach((key, objects) -> {
            write(",\n      ");
            string(key);
            write(": [");
            objects.sort(Comparator.comparing(JsonLdWriter::sortKey));
            for (int i = 0; i < objects.size(); i++) {
                write(i == 0 ? "\n        " : ",\n        ");
                value(objects.get(i), cleared);
            }
            write("\n      ]");
        });
        write("\n    }");
        statements.clear();
        subject = null;
    }

    /**
     * The prefixes the current node object must undefine: those that are the scheme of an IRI it
     * writes in full. Undefining one can leave another IRI uncompacted, hence the loop.
     */
    private Set<String> clashes() {
        Set<String> cleared = new TreeSet<>();
        for (boolean grew = true; grew; ) {
            grew = subject.isURI() && prefixes.clashes(subject.getURI(), false, cleared);
            for (Map.Entry<Node, List<Node>> e : statements.entrySet()) {
                Node p = e.getKey();
                if (!p.isURI()) {
                    throw new IllegalArgumentException("JSON-LD has no property " + p);
                }
                grew |= prefixes.clashes(p.getURI(), true, cleared);
                boolean type = p.getURI().equals(RDF_TYPE);
                for (Node o : e.getValue()) {
                    if (o.isURI()) {
                        grew |= prefixes.clashes(o.getURI(), type, cleared);
                    } else if (o.isLiteral() && o.getLiteralDatatypeURI() != null) {
                        grew |= prefixes.clashes(o.getLiteralDatatypeURI(), true, cleared);
                    }
                }
            }
        }
        return cleared;
    }

    private void value(Node o, Set<String> cleared) {
        if (o.isURI() || o.isBlank()) {
            write("{\"@id\": ");
            string(id(o));
            write("}");
            return;
        }
        if (!o.isLiteral()) {
            throw new IllegalArgumentException("JSON-LD 1.1 cannot carry " + o);
        }
        String datatype = o.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSD_STRING)) {
            string(o.getLiteralLexicalForm());
            return;
        }
        write("{\"@value\": ");
        string(o.getLiteralLexicalForm());
        if (datatype.equals(LANG_STRING) || datatype.equals(DIR_LANG_STRING)) {
            write(", \"@language\": ");
            string(o.getLiteralLanguage());
            if (o.getLiteralBaseDirection() != null) {
                write(", \"@direction\": ");
                string(o.getLiteralBaseDirection().direction());
            }
        } else {
            write(", \"@type\": ");
            string(prefixes.compact(datatype, cleared));
        }
        write("}");
    }

    /**
     * An IRI as written in {@code @id}: in full. A blank node as {@code _:b} and its label, or the
     * label's bytes in hex if it has other characters than letters and digits.
     */
    private String id(Node node) {
        if (node.isBlank()) {
            String label = node.getBlankNodeLabel();
            if (label.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                return "_:b" + label;
            }
            StringBuilder hex = new StringBuilder("_:x");
            for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        }
        if (!node.isURI()) {
            throw new IllegalArgumentException("JSON-LD 1.1 has no subject or object " + node);
        }
        return node.getURI();
    }

    private static String sortKey(Node node) {
        return node.isURI() ? node.getURI() : node.isBlank() ? node.getBlankNodeLabel() : node.toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    private void string(String text) {
        try {
            out.write('"');
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\' || c < 0x20) {
                    out.write(text, start, i - start);
                    switch (c) {
                        case '"' -> out.write("\\\"");
                        case '\\' -> out.write("\\\\");
                        case '\n' -> out.write("\\n");
                        case '\r' -> out.write("\\r");
                        case '\t' -> out.write("\\t");
                        default -> out.write(String.format("\\u%04x", (int) c));
                    }
                    start = i + 1;
                }
            }
            out.write(text, start, text.length() - start);
            out.write('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
