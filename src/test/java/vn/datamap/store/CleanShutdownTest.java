package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean shutdown records the graphs written while the store was open, and the next open
 * trusts that record only while the files are as the shutdown left them; the record never
 * outlives the open that read it.
 */
class CleanShutdownTest {
    private static final Node MOJ = NodeFactory.createURI("http://datamap.test/graph/catalog/moj");
    private static final Node MOIT = NodeFactory.createURI("http://datamap.test/graph/catalog/moit");

    @TempDir
    Path dir;

    private static Graph oneTriple(String object) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://datamap.test/catalog/x"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString(object));
        return g;
    }

    private TdbStore open() {
        return TdbStore.open(dir, DatasetDescription.load());
    }

    private Path record() {
        return dir.resolve(CleanShutdown.FILE);
    }

    @Test
    void aCleanShutdownNamesTheGraphsWrittenAndTheNextOpenTrustsIt() {
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).as("a new store has no record").isNull();
            store.reconciled();
            store.write(w -> {
                w.replaceGraph(MOJ, oneTriple("first"));
                return null;
            });
        }
        assertThat(record()).exists();

        try (TdbStore store = open()) {
            assertThat(record()).as("read and removed at open").doesNotExist();
            assertThat(store.writtenSinceCleanShutdown()).containsExactly(MOJ);
            store.write(w -> {
                w.replaceGraph(MOJ, oneTriple("before the reconcile"));
                return null;
            });
            assertThat(store.writtenSinceCleanShutdown()).containsExactly(MOJ);
            store.reconciled();
            store.write(w -> {
                w.replaceGraph(MOIT, oneTriple("other"));
                return null;
            });
        }
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).as("moj was compared at the reconcile; moit was written after it").containsExactly(MOIT);
            store.reconciled();
        }
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).as("nothing written since").isEmpty();
        }
    }

    @Test
    void withoutAReconcileAnUntrustedStartLeavesNoRecordAndATrustedOneCarriesItsListOn() {
        try (TdbStore store = open()) {
            store.write(w -> {
                w.replaceGraph(MOJ, oneTriple("first"));
                return null;
            });
        }
        assertThat(record()).as("nothing told the store the revision log agrees with it").doesNotExist();

        try (TdbStore store = open()) {
            store.reconciled();
        }
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).isEmpty();
            store.write(w -> {
                w.replaceGraph(MOJ, oneTriple("second"));
                return null;
            });
            // no reconcile this time: what the record said, and what was written, are still to compare
        }
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).containsExactly(MOJ);
        }
    }

    @Test
    void aChangeMadeWhileTheServerWasStoppedIsNotTrusted() {
        try (TdbStore store = open()) {
            store.reconciled();
        }
        assertThat(record()).exists();
        // A standalone Fuseki's update over the same files, while the server is stopped.
        DatasetGraph tdb = DatasetDescription.load().open(dir.resolve("store"), dir.resolve("text"));
        try {
            Txn.executeWrite(tdb, () -> oneTriple("behind its back").find().forEachRemaining(t -> tdb.add(MOJ,
                    t.getSubject(), t.getPredicate(), t.getObject())));
        } finally {
            tdb.close();
            DatasetGraph inner = tdb;
            while (!TDBInternal.isTDB2(inner) && inner instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
                inner = w.getWrapped();
            }
            TDBInternal.expel(inner);
        }
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).as("every graph must be compared").isNull();
            assertThat(record()).doesNotExist();
        }
    }

    @Test
    void aDamagedRecordIsNotTrusted() throws Exception {
        try (TdbStore store = open()) {
            store.reconciled();
        }
        Files.writeString(record(), Files.readString(record()) + "something else\n");
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).isNull();
        }
        Files.writeString(record(), "graph " + MOJ.getURI() + "\n");
        try (TdbStore store = open()) {
            assertThat(store.writtenSinceCleanShutdown()).as("no fingerprint").isNull();
        }
    }

    private static Graph triples(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://datamap.test/catalog/x" + i), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    NodeFactory.createLiteralString("t" + i));
        }
        return g;
    }

    @Test
    void theSizesKnownAtShutdownAreTakenBackWhileTheFilesAreAsLeft() throws Exception {
        try (TdbStore store = open()) {
            store.reconciled();
            store.write(w -> {
                w.replaceGraph(MOJ, triples(3));
                w.replaceGraph(MOIT, triples(4));
                return null;
            });
            assertThat(store.<Long>read(r -> r.size(MOJ))).isEqualTo(3);
        }
        assertThat(Files.readString(record())).as("the sizes that were counted, only")
                .contains("size 3 " + MOJ.getURI()).doesNotContain("size 4 ");
        // The record is taken at its word (the number below is not the graph's): it is not counted again...
        Files.writeString(record(), Files.readString(record()).replace("size 3 ", "size 30 "));
        try (TdbStore store = open()) {
            assertThat(store.<Long>read(r -> r.size(MOJ))).isEqualTo(30);
            assertThat(store.<Long>read(r -> r.size(MOIT))).isEqualTo(4);
            store.write(w -> {
                w.replaceGraph(MOJ, triples(5));
                return null;
            });
            assertThat(store.<Long>read(r -> r.size(MOJ))).as("until the graph is written").isEqualTo(5);
        }
        assertThat(Files.readString(record())).contains("size 5 " + MOJ.getURI(), "size 4 " + MOIT.getURI());
        // ...but not when the files changed while the server was stopped.
        Files.writeString(record(), Files.readString(record()).replace("size 5 ", "size 50 "));
        Files.writeString(dir.resolve("store").resolve("touched-while-stopped"), "x");
        try (TdbStore store = open()) {
            assertThat(store.<Long>read(r -> r.size(MOJ))).isEqualTo(5);
        }
    }
}
