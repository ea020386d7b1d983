package vn.datamap.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;

/**
 * Triple counts of the live map's graphs, each kept until its graph is written again. TDB2 counts
 * a graph by walking its index (seconds for the whole map at 100,000 databases), and the VoID
 * description, the SPARQL service description and the validation context ask for every graph's
 * size; between two writes only the written graph has to be counted again. A count is tied to
 * the generation its graph changed at, which every snapshot that sees that generation shares.
 * A clean shutdown records the counts that still hold, and the next start takes them back
 * ({@link CleanShutdown}).
 */
final class GraphSizes {
    private record Known(long generation, long size) {
    }

    private final Map<Node, Known> known = new ConcurrentHashMap<>();

    /** The size of {@code graph} as of {@code generation}: kept, or counted by {@code count} and kept. */
    long size(Node graph, long generation, LongSupplier count) {
        Known k = known.get(graph);
        if (k != null && k.generation() == generation) {
            return k.size();
        }
        long size = count.getAsLong();
        // A reader of an older snapshot must not displace the count of a newer one.
        known.merge(graph, new Known(generation, size), (old, counted) -> old.generation() > counted.generation() ? old : counted);
        return size;
    }

    /** Takes {@code sizes} as the counts of their graphs at {@code generation} (a trusted clean-shutdown record's). */
    void seed(Map<Node, Long> sizes, long generation) {
        sizes.forEach((graph, size) -> known.putIfAbsent(graph, new Known(generation, size)));
    }

    /** The counts that still hold: those of each graph's latest generation, as {@code generationOf} gives it. */
    Map<Node, Long> current(ToLongFunction<Node> generationOf) {
        Map<Node, Long> sizes = new HashMap<>();
        known.forEach((graph, k) -> {
            if (k.generation() == generationOf.applyAsLong(graph)) {
                sizes.put(graph, k.size());
            }
        });
        return sizes;
    }
}
