package vn.datamap.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The SPARQL-based constraints of the shapes ({@code sh:sparql} on a node shape with
 * {@code sh:targetClass}), run once per rule for all the focus nodes of a submission together
 * ({@code VALUES $this} ahead of the rule's pattern) rather than once per node: a SHACL engine
 * compiles and optimises the query again for every focus node, which made these ten rules nine
 * tenths of the validation time of a large catalogue. A rule's solutions are its results, as
 * SHACL-SPARQL defines them: focus {@code $this}, {@code ?path}, {@code ?value}; severity and
 * messages come from the shape.
 */
final class SparqlRules {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SPARQL = NodeFactory.createURI(SH + "sparql");
    private static final Node SELECT = NodeFactory.createURI(SH + "select");
    private static final Node PREFIXES = NodeFactory.createURI(SH + "prefixes");
    private static final Node DECLARE = NodeFactory.createURI(SH + "declare");
    private static final Node PREFIX = NodeFactory.createURI(SH + "prefix");
    private static final Node NAMESPACE = NodeFactory.createURI(SH + "namespace");
    private static final Node SEVERITY = NodeFactory.createURI(SH + "severity");
    private static final Var THIS = Var.alloc("this");

    /** One rule: the shape it belongs to (for targets, severity, messages) and its query. */
    record Rule(Node shape, Shape targets, Query query, String severity) {}

    /** A solution of a rule, before messages are attached. */
    record Result(Node shape, String severity, Node focus, Node path, Node value) {}

    private final List<Rule> rules = new ArrayList<>();

    SparqlRules(Graph shapesGraph, Shapes shapes) {
        for (var t : shapesGraph.find(Node.ANY, SPARQL, Node.ANY).toList()) {
            Node shape = t.getSubject();
            Node constraint = t.getObject();
            String select = literal(shapesGraph, constraint, SELECT);
            Shape targets = shapes.getShape(shape);
            if (select == null || targets == null) {
                throw new IllegalStateException("The SPARQL constraint of " + shape + " needs sh:select and targets");
            }
            Node severity = shapesGraph.find(shape, SEVERITY, Node.ANY).nextOptional().map(x -> x.getObject())
                    .orElse(NodeFactory.createURI(SH + "Violation"));
            rules.add(new Rule(shape, targets, QueryFactory.create(prefixes(shapesGraph, constraint) + select),
                    severity.getLocalName()));
        }
    }

    /** The shapes graph without its SPARQL constraints: what the SHACL engine still runs. */
    static Graph withoutSparql(Graph shapesGraph) {
        Graph core = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(SPARQL)) {
                core.add(t);
            }
        });
        return core;
    }

    /** The results of every rule about the given nodes, in the data graph. */
    List<Result> run(Graph data, Collection<Node> nodes, FocusNodes focus) {
        Set<Result> results = new LinkedHashSet<>();
        for (Rule rule : rules) {
            List<Binding> foci = new ArrayList<>();
            for (Node node : nodes) {
                if (focus.targets(rule.targets(), node)) {
                    foci.add(BindingFactory.binding(THIS, node));
                }
            }
            if (foci.isEmpty()) {
                continue;
            }
            Query query = rule.query().cloneQuery();
            ElementGroup pattern = new ElementGroup();
            pattern.addElement(new ElementData(List.of(THIS), foci));
            pattern.addElement(query.getQueryPattern());
            query.setQueryPattern(pattern);
            try (QueryExec exec = QueryExec.graph(data).query(query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    Node path = row.get(Var.alloc("path"));
                    Node value = row.get(Var.alloc("value"));
                    // As SHACL-SPARQL says for a node shape: without ?value, the value is the focus node.
                    results.add(new Result(rule.shape(), rule.severity(), row.get(THIS),
                            path != null && path.isURI() ? path : null, value != null ? value : row.get(THIS)));
                });
            }
        }
        return new ArrayList<>(results);
    }

    private static String prefixes(Graph shapesGraph, Node constraint) {
        StringBuilder text = new StringBuilder();
        for (var p : shapesGraph.find(constraint, PREFIXES, Node.ANY).toList()) {
            for (var d : shapesGraph.find(p.getObject(), DECLARE, Node.ANY).toList()) {
                text.append("PREFIX ").append(literal(shapesGraph, d.getObject(), PREFIX)).append(": <")
                        .append(literal(shapesGraph, d.getObject(), NAMESPACE)).append(">\n");
            }
        }
        return text.toString();
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
    }
}
