package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A graph is counted once per generation, and an older snapshot's count never replaces a newer one. */
class GraphSizesTest {
    private static final Node G = NodeFactory.createURI("http://example.test/graph/a");
    private final GraphSizes sizes = new GraphSizes();
    private final AtomicInteger counted = new AtomicInteger();

    private LongSupplier counting(long size) {
        return () -> {
            counted.incrementAndGet();
            return size;
        };
    }

    @Test
    void countedOncePerGeneration() {
        assertThat(sizes.size(G, 1, counting(10))).isEqualTo(10);
        assertThat(sizes.size(G, 1, counting(99))).isEqualTo(10);
        assertThat(counted).hasValue(1);
        assertThat(sizes.size(G, 2, counting(12))).isEqualTo(12);
        assertThat(sizes.size(G, 2, counting(99))).isEqualTo(12);
        assertThat(counted).hasValue(2);
    }

    @Test
    void anOlderSnapshotCountsForItselfOnly() {
        sizes.size(G, 5, counting(50));
        assertThat(sizes.size(G, 4, counting(40))).isEqualTo(40);
        assertThat(sizes.size(G, 5, counting(99))).isEqualTo(50);
        assertThat(counted).hasValue(2);
    }
}
