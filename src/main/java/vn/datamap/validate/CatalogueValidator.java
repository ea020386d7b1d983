package vn.datamap.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Checks one agency catalogue against the project's SHACL shapes ({@code shapes/datamap-shapes.ttl}).
 *
 * <p>The data graph is the submitted catalogue together with its context (the reference data and
 * the other catalogues of the map), so that links to agencies, concepts and other databases can
 * be checked. Only results about nodes the submission itself describes are reported: the
 * context is somebody else's business.
 */
public final class CatalogueValidator {
    static final String SHAPES = "datamap/shapes/datamap-shapes.ttl";
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final SparqlRules sparqlRules;

    public CatalogueValidator() {
        try (InputStream in = CatalogueValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("The shapes " + SHAPES + " are missing from the jar");
            }
            shapesGraph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SHAPES, e);
        }
        // The SPARQL-based constraints run apart, batched per rule (SparqlRules); the engine runs the rest.
        shapes = Shapes.parse(SparqlRules.withoutSparql(shapesGraph));
        sparqlRules = new SparqlRules(shapesGraph, shapes);
    }

    /**
     * Validates {@code submitted} in the light of {@code context}; neither graph is changed. Only
     * the nodes the submission describes (its subjects) are validated, each against the shapes that
     * target it in the whole data graph: the cost follows the size of the submission, not of the
     * map, and the results are those a validation of everything would give about those nodes.
     */
    public ValidationOutcome validate(Graph submitted, Graph context) {
        Graph data = new Union(submitted, context);
        Set<Node> subjects = new LinkedHashSet<>();
        submitted.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        ValidationContext run = ValidationContext.create(shapes, data);
        FocusNodes focus = new FocusNodes(data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node node : subjects) {
                if (focus.targets(shape, node)) {
                    ValidationProc.execValidateShape(run, data, shape, node);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : run.generateReport().getEntries()) {
            if (subjects.contains(entry.focusNode())) {
                findings.add(finding(entry));
            }
        }
        for (SparqlRules.Result r : sparqlRules.run(data, subjects, focus)) {
            findings.add(new Finding(r.severity(), r.focus(), r.path(), r.value(), r.shape(),
                    message(r.shape(), List.of(), "vi"), message(r.shape(), List.of(), "en")));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.isViolation() ? 0 : 1)
                .thenComparing(f -> String.valueOf(f.focus()))
                .thenComparing(f -> String.valueOf(f.shape())));
        return new ValidationOutcome(findings);
    }

    private Finding finding(ReportEntry entry) {
        Path path = entry.resultPath();
        Node property = path instanceof P_Link link ? link.getNode() : null;
        return new Finding(entry.severity().level().getLocalName(), entry.focusNode(), property, entry.value(),
                entry.source(), message(entry, "vi"), message(entry, "en"));
    }

    /** The message in one language: from the result, else from the rule itself. */
    private String message(ReportEntry entry, String lang) {
        String found = message(entry.source(), entry.messages(), lang);
        return found != null ? found : entry.message();
    }

    private String message(Node rule, Collection<Node> ofResult, String lang) {
        String found = inLanguage(ofResult, lang);
        if (found == null && rule != null) {
            List<Node> own = new ArrayList<>();
            shapesGraph.find(rule, SH_MESSAGE, Node.ANY).forEachRemaining(t -> own.add(t.getObject()));
            found = inLanguage(own, lang);
        }
        return found;
    }

    private static String inLanguage(Collection<Node> messages, String lang) {
        return messages.stream().filter(Node::isLiteral)
                .filter(m -> lang.equalsIgnoreCase(m.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }
}
