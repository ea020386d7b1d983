package vn.datamap.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * What the store knows about its named graphs, read from the graphs themselves: the catalogue a
 * graph holds (its {@code dm:AgencyCatalogue}) and whether that catalogue is illustrative demo
 * data. Nothing is kept beside the data, so there is nothing that could drift from it, and the
 * dataset holds the live map and nothing else.
 */
final class GraphRegistry {
    private static final Node AGENCY_CATALOGUE = DM.AgencyCatalogue;
    private static final Node TRUE = NodeFactory.createLiteralByValue(true);
    private volatile Map<Node, GraphRecord> records = Map.of();

    /** Re-reads the registry (inside a transaction on {@code dsg}). */
    void load(DatasetGraph dsg) {
        records = read(dsg);
    }

    /** Publishes a registry read earlier, e.g. inside the write transaction that is committing. */
    void set(Map<Node, GraphRecord> read) {
        records = read;
    }

    /** The registry as the transaction open on {@code dsg} sees it. */
    static Map<Node, GraphRecord> read(DatasetGraph dsg) {
        Map<Node, GraphRecord> fresh = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> fresh.put(g, record(dsg, g)));
        return Map.copyOf(fresh);
    }

    /**
     * The registry after a write that changed only {@code touched} (inside that write): the other
     * records are kept, so a commit does not scan the whole dataset (TDB2 lists graph names by
     * walking every quad).
     */
    Map<Node, GraphRecord> updated(DatasetGraph dsg, Set<Node> touched) {
        Map<Node, GraphRecord> fresh = new HashMap<>(records);
        for (Node g : touched) {
            if (dsg.containsGraph(g)) {
                fresh.put(g, record(dsg, g));
            } else {
                fresh.remove(g);
            }
        }
        return Map.copyOf(fresh);
    }

    private static GraphRecord record(DatasetGraph dsg, Node g) {
        Node catalogue = catalogueOf(dsg, g);
        boolean demo = catalogue != null && dsg.contains(g, catalogue, DM.illustrative, TRUE);
        return new GraphRecord(g, demo, catalogue);
    }

    /** The registry as last published; an immutable map. */
    Map<Node, GraphRecord> snapshot() {
        return records;
    }

    GraphRecord get(Node graph) {
        return records.get(graph);
    }

    Set<Node> names() {
        return records.keySet();
    }

    private static Node catalogueOf(DatasetGraph dsg, Node g) {
        var it = dsg.find(g, Node.ANY, NS.RDF_TYPE, AGENCY_CATALOGUE);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
