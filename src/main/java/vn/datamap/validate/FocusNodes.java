package vn.datamap.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which of a submission's nodes each shape targets, as SHACL decides it ({@code rdf:type/
 * rdfs:subClassOf*} for class targets), with the lookups shared: the types of a node and the
 * superclasses of a class are read from the data graph once per validation, not once per shape
 * and node. The data graph is a union of many graphs, where every lookup asks each of them.
 */
final class FocusNodes {
    private final Graph data;
    private final Map<Node, Set<Node>> types = new HashMap<>();
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();

    FocusNodes(Graph data) {
        this.data = data;
    }

    /** Whether {@code node} is a focus node of {@code shape} in the data graph. */
    boolean targets(Shape shape, Node node) {
        for (Target target : shape.getTargets()) {
            if (targets(target, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean targets(Target target, Node node) {
        Node object = target.getObject();
        return switch (target.getTargetType()) {
            case targetClass, implicitClass -> typesOf(node).contains(object);
            case targetNode -> object.equals(node);
            case targetSubjectsOf -> data.contains(node, object, Node.ANY);
            case targetObjectsOf -> data.contains(Node.ANY, object, node);
            default -> VLib.isFocusNode(target, node, data);
        };
    }

    /** The node's classes and all their superclasses. */
    private Set<Node> typesOf(Node node) {
        Set<Node> known = types.get(node);
        if (known == null) {
            known = new HashSet<>();
            for (Node type : data.find(node, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
                known.addAll(superclassesOf(type));
            }
            types.put(node, known);
        }
        return known;
    }

    /** The class itself and every class it is a subclass of, following rdfs:subClassOf in the data. */
    private Set<Node> superclassesOf(Node type) {
        Set<Node> known = superclasses.get(type);
        if (known == null) {
            known = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            todo.add(type);
            while (!todo.isEmpty()) {
                Node c = todo.pop();
                if (known.add(c)) {
                    data.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
                }
            }
            superclasses.put(type, known);
        }
        return known;
    }
}
