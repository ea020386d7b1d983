package vn.datamap.support;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The official DCAT-AP 3.0.1 shapes (the "Base" shapes.ttl and "Range" range.ttl of the
 * SEMIC release, as the EU ITB validator uses them) from {@code ../shared/reference}, loaded into
 * one shapes graph. Violations are reported one per line, so that a failing test says what to fix.
 */
public final class DcatApShapes {
    private static Shapes shapes;

    private DcatApShapes() {}

    /** The shapes; skips (or fails under CI) where the reference folder is absent. */
    public static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph graph = GraphFactory.createDefaultGraph();
            for (String file : new String[] {"shapes.ttl", "range.ttl"}) {
                Path path = SharedReference.resolve("standards/dcat-ap-3.0.1/shacl-split/" + file);
                RDFDataMgr.read(graph, path.toUri().toString());
            }
            shapes = Shapes.parse(graph);
        }
        return shapes;
    }

    /** Every result of severity sh:Violation, one readable line each. */
    public static List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        return report.getEntries().stream()
                .filter(e -> Severity.Violation.equals(e.severity()))
                .map(DcatApShapes::describe)
                .sorted()
                .toList();
    }

    private static String describe(ReportEntry e) {
        return "focus " + e.focusNode() + " path " + e.resultPath() + (e.value() == null ? "" : " value " + e.value())
                + ": " + e.message() + " (shape " + e.source() + ")";
    }
}
