package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.vocab.Minted;

/**
 * A commit whose outcome is unknown: the text index's commit failed after TDB2 had committed
 * (as when the disk fills under Lucene), or the commit failed before anything was written. Either
 * way the store must not go on answering from what it knew before: the generation moves (caches
 * and ETags follow it) and the registry of graphs is read again from what was really committed.
 */
class TdbStoreFailedCommitTest {
    private static final Minted MINTED = StoreFixtures.MINTED;
    private static final Query COUNT_ALL = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    /** The store's dataset, whose next commit fails after (or instead of) committing. */
    static final class FailingCommit extends DatasetGraphWrapper {
        enum When { NEVER, AFTER_COMMITTING, INSTEAD_OF_COMMITTING }

        When next = When.NEVER;

        FailingCommit(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void commit() {
            When when = next;
            next = When.NEVER;
            if (when != When.INSTEAD_OF_COMMITTING) {
                super.commit();
            }
            if (when != When.NEVER) {
                throw new IllegalStateException("the text index could not commit (" + when + ")");
            }
        }
    }

    @TempDir
    Path dir;
    FailingCommit dataset;
    TdbStore store;

    @BeforeEach
    void open() {
        dataset = new FailingCommit(DatasetDescription.load().open(dir.resolve("store"), dir.resolve("text")));
        store = new TdbStore(dataset, dir, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void put(String agency, int n) {
        StoreFixtures.put(store, agency, n);
    }

    private long count() {
        return StoreFixtures.count(store, COUNT_ALL);
    }

    @Test
    void aCommitThatFailsAfterTdb2CommittedStillMovesTheGenerationAndShowsTheNewGraph() {
        put("a", 3);
        Node a = MINTED.catalogueGraph("a");
        Node b = MINTED.catalogueGraph("b");
        long generation = store.state().generation();
        long generationOfA = store.graphGeneration(a);

        dataset.next = FailingCommit.When.AFTER_COMMITTING;
        assertThatThrownBy(() -> put("b", 2)).hasMessageContaining("text index could not commit");

        assertThat(store.state().generation()).isGreaterThan(generation);
        assertThat(store.graphGeneration(b)).isGreaterThan(generation);
        assertThat(store.graphGeneration(a)).isEqualTo(generationOfA);
        assertThat(store.graphs()).containsExactlyInAnyOrder(a, b);
        assertThat(store.<Integer>read(r -> r.graph(b).size())).isEqualTo(2);
        assertThat(count()).isEqualTo(5);

        put("c", 1);
        assertThat(store.graphs()).hasSize(3);
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void aCommitThatFailsBeforeWritingLeavesTheMapAsItWasAndTheStoreWritable() {
        put("a", 3);
        Node a = MINTED.catalogueGraph("a");
        long generation = store.state().generation();

        dataset.next = FailingCommit.When.INSTEAD_OF_COMMITTING;
        assertThatThrownBy(() -> put("b", 2)).hasMessageContaining("text index could not commit");

        // Unknown to the store, so it moved on: the map it serves is what is really there.
        assertThat(store.state().generation()).isGreaterThan(generation);
        assertThat(store.graphs()).containsExactly(a);
        assertThat(count()).isEqualTo(3);

        put("b", 2);
        assertThat(store.graphs()).hasSize(2);
        assertThat(count()).isEqualTo(5);
    }
}
