package vn.datamap.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;

/**
 * The rest of the map a submission is checked against (reference data and the other
 * catalogues). While the map is small enough its graphs are held in memory: SHACL walks its data
 * graph with many small lookups, which are far cheaper on in-memory graphs than through the
 * store's transactions. Each graph is copied again only when it changed (by its generation), so a
 * commit costs the copy of what it changed, not of the map. A map larger than
 * {@code maxCopiedTriples} is read through one view of the store instead (the union of its graphs
 * but the submitter's, {@link StoreReader#unionWithout}), inside the read that validates, so that
 * memory does not grow with the map.
 */
final class ValidationContext {
    /** About 250 bytes a triple held in memory; the copies may take an eighth of the heap. */
    static final long DEFAULT_MAX_COPIED_TRIPLES = Runtime.getRuntime().maxMemory() / 8 / 250;

    /** One graph as last seen: the generation it changed at, its size, and its copy if held. */
    private record Held(long generation, long size, Graph copy) {}

    private final Store store;
    private final long maxCopiedTriples;
    private final Map<Node, Held> held = new HashMap<>();

    ValidationContext(Store store) {
        this(store, DEFAULT_MAX_COPIED_TRIPLES);
    }

    ValidationContext(Store store, long maxCopiedTriples) {
        this.store = store;
        this.maxCopiedTriples = maxCopiedTriples;
    }

    /** Every graph of the reader's snapshot except {@code own}, as one read-only union. */
    synchronized Graph without(StoreReader reader, Node own) {
        List<Node> names = List.copyOf(store.graphs());
        held.keySet().retainAll(names);
        long triples = 0;
        for (Node name : names) {
            long changedAt = reader.graphGeneration(name);
            Held h = held.get(name);
            if (h == null || h.generation() != changedAt) {
                h = new Held(changedAt, reader.size(name), null);
                held.put(name, h);
            }
            triples += h.size();
        }
        if (triples > maxCopiedTriples) {
            held.replaceAll((name, h) -> new Held(h.generation(), h.size(), null)); // the copies go: memory is the point
            return reader.unionWithout(own);
        }
        MultiUnion union = new MultiUnion();
        for (Node name : names) {
            Held h = held.get(name);
            if (h.copy() == null) {
                h = new Held(h.generation(), h.size(), reader.graph(name));
                held.put(name, h);
            }
            if (!name.equals(own) && !h.copy().isEmpty()) {
                union.addGraph(h.copy());
            }
        }
        return union;
    }
}
