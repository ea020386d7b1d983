package vn.datamap.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.vocab.NS;

/**
 * Validation findings as a caller reads them: JSON for programs and the steward's page (each
 * result with focus, path, value, severity, rule and the message in Vietnamese and English, and
 * where known the spreadsheet cell), or a SHACL {@code sh:ValidationReport} graph.
 */
public final class ReportFormats {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private ReportFormats() {}

    /** One JSON object per finding; {@code location} adds e.g. sheet, row and column, or nothing. */
    public static List<Map<String, Object>> json(List<Finding> findings, Function<Finding, Map<String, Object>> location) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("severity", f.severity());
            r.put("focusNode", text(f.focus()));
            r.put("path", text(f.path()));
            r.put("value", text(f.value()));
            r.put("shape", text(f.shape()));
            Map<String, String> message = new LinkedHashMap<>();
            message.put("vi", f.messageVi());
            message.put("en", f.messageEn());
            r.put("message", message);
            Map<String, Object> where = location.apply(f);
            if (where != null && !where.isEmpty()) {
                r.put("location", where);
            }
            results.add(r);
        }
        return results;
    }

    /** The findings as a SHACL validation report. */
    public static Graph shacl(List<Finding> findings) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sh", SH);
        g.getPrefixMapping().setNsPrefixes(NS.prefixes());
        Node report = NodeFactory.createBlankNode();
        g.add(report, NS.RDF_TYPE, sh("ValidationReport"));
        boolean conforms = findings.stream().noneMatch(Finding::isViolation);
        g.add(report, sh("conforms"), NodeFactory.createLiteralDT(Boolean.toString(conforms), XSDDatatype.XSDboolean));
        for (Finding f : findings) {
            Node result = NodeFactory.createBlankNode();
            g.add(report, sh("result"), result);
            g.add(result, NS.RDF_TYPE, sh("ValidationResult"));
            g.add(result, sh("resultSeverity"), sh(f.severity()));
            if (f.focus() != null) {
                // A spreadsheet cell that could not be read has no node yet: its place is in the JSON report.
                g.add(result, sh("focusNode"), f.focus());
            }
            if (f.path() != null) {
                g.add(result, sh("resultPath"), f.path());
            }
            if (f.value() != null) {
                g.add(result, sh("value"), f.value());
            }
            if (f.shape() != null) {
                g.add(result, sh("sourceShape"), f.shape());
            }
            if (f.messageVi() != null) {
                g.add(result, sh("resultMessage"), NodeFactory.createLiteralLang(f.messageVi(), "vi"));
            }
            if (f.messageEn() != null) {
                g.add(result, sh("resultMessage"), NodeFactory.createLiteralLang(f.messageEn(), "en"));
            }
        }
        return g;
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    private static String text(Node node) {
        if (node == null) {
            return null;
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return "_:" + node.getBlankNodeLabel();
    }
}
