package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.store.DatasetDescription;
import vn.datamap.store.StoreReader;
import vn.datamap.store.TdbStore;
import vn.datamap.vocab.Minted;

/**
 * Work started beside a reader answers as of that reader's snapshot: from a helper thread when
 * the helper's own read sees the same generation, else from the caller, when a write committed in
 * between or no helper is free. Work that reads nothing runs beside the caller as well. A failure
 * of the work reaches the caller.
 */
class SnapshotReadsTest {
    private static final Node GRAPH = new Minted("http://example.test/").catalogueGraph("a");

    @TempDir
    Path dir;
    private TdbStore store;
    private SnapshotReads beside;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir, DatasetDescription.load());
        beside = new SnapshotReads(store, 1);
        put(3);
    }

    @AfterEach
    void close() {
        beside.close();
        store.close();
    }

    private void put(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.test/s" + i), NodeFactory.createURI("http://example.test/p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        store.write(w -> {
            w.replaceGraph(GRAPH, g);
            return null;
        });
    }

    /** The size of the graph, noting the name of the thread that read it. */
    private static Function<StoreReader, Long> sizeNoting(List<String> threads) {
        return r -> {
            threads.add(Thread.currentThread().getName());
            return r.size(GRAPH);
        };
    }

    @Test
    void aHelperReadingTheSameSnapshotAnswers() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        long size = store.read(reader -> {
            SnapshotReads.Pending<Long> pending = beside.start(reader, sizeNoting(threads));
            assertThat(pending.started()).isTrue();
            return pending.get(reader);
        });
        assertThat(size).isEqualTo(3);
        assertThat(threads).singleElement().asString().startsWith(SnapshotReads.THREAD_PREFIX);
    }

    @Test
    void aWriteCommittedMeanwhileLeavesTheWorkToTheCallersSnapshot() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        String caller = Thread.currentThread().getName();
        long size = store.read(reader -> {
            // Committed after this read began: a read opened now sees five triples, this one three.
            CompletableFuture.runAsync(() -> put(5)).join();
            return beside.start(reader, sizeNoting(threads)).get(reader);
        });
        assertThat(size).isEqualTo(3);
        assertThat(threads).containsExactly(caller);
        long now = store.read(r -> r.size(GRAPH));
        assertThat(now).isEqualTo(5);
    }

    @Test
    void withEveryHelperBusyTheCallerDoesTheWork() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> store.read(reader -> beside.start(reader, r -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return r.size(GRAPH);
        }).get(reader)));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        String caller = Thread.currentThread().getName();
        List<String> threads = new ArrayList<>();
        long size = store.read(reader -> {
            SnapshotReads.Pending<Long> pending = beside.start(reader, sizeNoting(threads));
            assertThat(pending.started()).isFalse();
            return pending.get(reader);
        });
        release.countDown();
        assertThat(size).isEqualTo(3);
        assertThat(threads).containsExactly(caller);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void workThatReadsNothingRunsBesideTheCallerWithoutAReader() {
        SnapshotReads.Pending<String> pending = beside.compute(() -> Thread.currentThread().getName());
        assertThat(pending.started()).isTrue();
        assertThat(pending.get(null)).startsWith(SnapshotReads.THREAD_PREFIX);
    }

    @Test
    void aFailureOfTheWorkReachesTheCaller() {
        assertThatThrownBy(() -> store.read(reader -> beside.start(reader, r -> {
            throw new IllegalArgumentException("no such catalogue");
        }).get(reader))).isInstanceOf(IllegalArgumentException.class).hasMessage("no such catalogue");
    }
}
