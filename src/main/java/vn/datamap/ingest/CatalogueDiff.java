package vn.datamap.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * Compares an agency's stored catalogue with a new one, database by database. A database's
 * description is its own statements with its roadmap, milestones and blank nodes; two
 * descriptions are the same when they are isomorphic.
 */
final class CatalogueDiff {
    private static final Node DATASET = NodeFactory.createURI(NS.DCAT + "dataset");

    final Map<Node, String> before;
    final Map<Node, String> after;
    final List<Node> added = new ArrayList<>();
    final List<Node> changed = new ArrayList<>();
    final List<Node> removed = new ArrayList<>();
    int unchanged;

    CatalogueDiff(Graph old, Graph fresh, Node catalogue) {
        before = databases(old, catalogue);
        after = databases(fresh, catalogue);
        for (Node db : after.keySet()) {
            if (!before.containsKey(db)) {
                added.add(db);
            } else if (!description(old, db).isIsomorphicWith(description(fresh, db))) {
                changed.add(db);
            } else {
                unchanged++;
            }
        }
        before.keySet().stream().filter(db -> !after.containsKey(db)).forEach(removed::add);
    }

    /** Databases of a catalogue graph (listed by it or typed as databases), with their identifiers. */
    static Map<Node, String> databases(Graph graph, Node catalogue) {
        Map<Node, String> found = new LinkedHashMap<>();
        graph.find(catalogue, DATASET, Node.ANY).forEachRemaining(t -> found.put(t.getObject(), name(graph, t.getObject())));
        graph.find(Node.ANY, NS.RDF_TYPE, DM.Database).forEachRemaining(t -> found.putIfAbsent(t.getSubject(), name(graph, t.getSubject())));
        return found;
    }

    static int milestones(Graph graph) {
        return graph.find(Node.ANY, DM.milestone, Node.ANY).toList().size();
    }

    List<String> names(List<Node> nodes, Map<Node, String> identifiers) {
        return nodes.stream().map(identifiers::get).sorted().toList();
    }

    /** The database's statements, its roadmap and milestones, and every blank node under them. */
    static Graph description(Graph graph, Node db) {
        Graph description = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>(List.of(db));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            for (Triple t : graph.find(s, Node.ANY, Node.ANY).toList()) {
                description.add(t);
                Node o = t.getObject();
                if (o.isBlank() || t.getPredicate().equals(DM.roadmap) || t.getPredicate().equals(DM.milestone)) {
                    todo.push(o);
                }
            }
        }
        return description;
    }

    private static String name(Graph graph, Node db) {
        String id = IriMinter.identifier(graph, db);
        if (id != null) {
            return id;
        }
        return db.isURI() ? db.getURI().substring(db.getURI().lastIndexOf('/') + 1) : db.toString();
    }
}
