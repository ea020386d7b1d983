package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;

/**
 * The rest of the map a submission is checked against (reference data and the other
 * catalogues). While the map is small enough its graphs are held in memory: SHACL walks its data
 * graph with many small lookups, which are far cheaper on in-memory graphs than through the
 * store's transactions. Each graph is copied again only when it changed (by its generation), so a
 * commit costs the copy of what it changed, not of the map. The copies are joined by a
 * {@link SubjectRoutedUnion}: a lookup about one node asks only the graphs that describe it.
 * A map larger than
 * {@code maxCopiedTriples} is read through one view of the store instead (the union of its graphs
 * but the submitter's, {@link StoreReader#unionWithout}), inside the read that validates, so that
 * memory does not grow with the map; its answers about one node are remembered for that read
 * ({@link RememberedLookups}). The server keeps one, in its {@link CatalogueWriter}; the
 * benchmark makes its own to time SHACL alone.
 */
public final class ValidationContext {
    /** About 250 bytes a triple held in memory; the copies may take an eighth of the heap. */
    static final long DEFAULT_MAX_COPIED_TRIPLES = Runtime.getRuntime().maxMemory() / 8 / 250;

    /** One graph as last seen: the generation it changed at, its size, and its copy and subjects if held. */
    private record Held(long generation, long size, Graph copy, Set<Node> subjects) {
        Held(long generation, long size) {
            this(generation, size, null, null);
        }
    }

    private final Store store;
    private final long maxCopiedTriples;
    private final Map<Node, Held> held = new HashMap<>();
    /** For every subject of the held copies, the copies that describe it; null when a copy changed since. */
    private Map<Node, List<Graph>> graphsBySubject;

    public ValidationContext(Store store) {
        this(store, DEFAULT_MAX_COPIED_TRIPLES);
    }

    ValidationContext(Store store, long maxCopiedTriples) {
        this.store = store;
        this.maxCopiedTriples = maxCopiedTriples;
    }

    /** Every graph of the reader's snapshot except {@code own}, as one read-only union. */
    public synchronized Graph without(StoreReader reader, Node own) {
        List<Node> names = List.copyOf(store.graphs());
        if (held.keySet().retainAll(names)) {
            graphsBySubject = null;
        }
        long triples = 0;
        for (Node name : names) {
            long changedAt = reader.graphGeneration(name);
            Held h = held.get(name);
            if (h == null || h.generation() != changedAt) {
                h = new Held(changedAt, reader.size(name));
                held.put(name, h);
                graphsBySubject = null;
            }
            triples += h.size();
        }
        if (triples > maxCopiedTriples) {
            held.replaceAll((name, h) -> new Held(h.generation(), h.size())); // the copies go: memory is the point
            graphsBySubject = null;
            // SHACL repeats its lookups; through the store each walks the quad indexes.
            return new RememberedLookups(reader.unionWithout(own));
        }
        List<Graph> parts = new ArrayList<>();
        Graph excluded = null;
        for (Node name : names) {
            Held h = held.get(name);
            if (h.copy() == null) {
                Graph copy = reader.graph(name);
                Set<Node> subjects = new HashSet<>();
                copy.find().forEachRemaining((Triple t) -> subjects.add(t.getSubject()));
                h = new Held(h.generation(), h.size(), copy, subjects);
                held.put(name, h);
            }
            if (name.equals(own)) {
                excluded = h.copy();
            } else if (!h.copy().isEmpty()) {
                parts.add(h.copy());
            }
        }
        if (graphsBySubject == null) {
            graphsBySubject = route();
        }
        return new SubjectRoutedUnion(graphsBySubject, parts, excluded);
    }

    /** Which held copies describe each subject: most subjects are described by one graph. */
    private Map<Node, List<Graph>> route() {
        Map<Node, List<Graph>> route = new HashMap<>();
        for (Held h : held.values()) {
            for (Node subject : h.subjects()) {
                route.merge(subject, List.of(h.copy()), (before, more) -> {
                    List<Graph> both = new ArrayList<>(before);
                    both.addAll(more);
                    return List.copyOf(both);
                });
            }
        }
        return route;
    }
}
