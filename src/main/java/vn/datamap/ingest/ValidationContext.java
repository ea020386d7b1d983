package vn.datamap.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;

/**
 * The rest of the map a submission is checked against (reference data and the other
 * catalogues), held in memory per store generation: SHACL walks its data graph with many small
 * lookups, which are far cheaper on in-memory graphs than through the store's transactions, and
 * successive submissions between two commits share one copy.
 */
final class ValidationContext {
    private final Store store;
    private long generation = Long.MIN_VALUE;
    private Map<Node, Graph> copies = Map.of();

    ValidationContext(Store store) {
        this.store = store;
    }

    /** Every graph of the reader's snapshot except {@code own}, as one read-only union. */
    Graph without(StoreReader reader, Node own) {
        Map<Node, Graph> graphs = copies(reader);
        MultiUnion union = new MultiUnion();
        graphs.forEach((name, graph) -> {
            if (!name.equals(own)) {
                union.addGraph(graph);
            }
        });
        return union;
    }

    private synchronized Map<Node, Graph> copies(StoreReader reader) {
        long seen = reader.state().generation();
        if (seen != generation) {
            Map<Node, Graph> fresh = new LinkedHashMap<>();
            for (Node name : store.graphs()) {
                Graph copy = reader.graph(name);
                if (!copy.isEmpty()) {
                    fresh.put(name, copy);
                }
            }
            copies = fresh;
            generation = seen;
        }
        return copies;
    }
}
