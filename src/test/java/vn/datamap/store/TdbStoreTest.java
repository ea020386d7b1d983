package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.datamap.store.StoreFixtures.triples;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.support.ReadAcrossCommit;
import vn.datamap.vocab.Minted;

/** The TDB2 store: one transaction per write, the generation, and the public view. */
class TdbStoreTest {
    private static final Minted MINTED = StoreFixtures.MINTED;
    private static final Query COUNT_ALL = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    private static final Query COUNT_NAMED = QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

    @TempDir
    Path dir;
    TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir, DatasetDescription.load());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(Query q) {
        return StoreFixtures.count(store, q);
    }

    private void put(String agency, int n) {
        StoreFixtures.put(store, agency, n);
    }

    @Test
    void newStoreIsEmpty() {
        assertThat(store.graphs()).isEmpty();
        assertThat(count(COUNT_ALL)).isZero();
    }

    @Test
    void everyCommittedChangeMovesTheGenerationOn() {
        put("a", 3);
        long first = store.state().generation();
        put("b", 2);
        assertThat(store.state().generation()).isEqualTo(first + 1);
        assertThat(store.state().committedAt()).isAfterOrEqualTo(java.time.Instant.now().minusSeconds(60));
    }

    @Test
    void aWriteThatDoesNothingKeepsTheGeneration() {
        put("a", 1);
        long before = store.state().generation();
        store.write(w -> null);
        assertThat(store.state().generation()).isEqualTo(before);
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        put("a", 3);
        put("b", 2);
        assertThat(count(COUNT_ALL)).isEqualTo(5);
        assertThat(count(COUNT_NAMED)).isEqualTo(5);
    }

    @Test
    void theDatasetHoldsTheLiveMapAndNothingElse() {
        put("a", 1);
        long stored = store.read(r -> org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> (long) store.dataset().getDefaultGraph().size()));
        assertThat(stored).as("triples in the stored default graph").isZero();
        assertThat(store.graphs()).containsExactly(MINTED.catalogueGraph("a"));
    }

    @Test
    void theUnionWithoutOneGraphLeavesItOutAndHoldsEachTripleOnce() {
        put("a", 3);
        put("b", 2);
        Graph shared = triples("a-", 1); // the first triple of "a", also in "c"
        store.write(w -> {
            w.replaceGraph(MINTED.catalogueGraph("c"), shared);
            return null;
        });
        long[] sizes = store.read(r -> {
            Graph withoutA = r.unionWithout(MINTED.catalogueGraph("a"));
            Graph withoutB = r.unionWithout(MINTED.catalogueGraph("b"));
            return new long[] {withoutA.find().toList().size(), withoutB.find().toList().size(),
                    withoutA.find(NodeFactory.createURI("http://example.test/a-1"), Node.ANY, Node.ANY).toList().size(),
                    withoutB.find(NodeFactory.createURI("http://example.test/a-0"), Node.ANY, Node.ANY).toList().size()};
        });
        assertThat(sizes).containsExactly(2 + 1, 3, 0, 1);
    }

    @Test
    void theUnionWithoutOneGraphRefusesWrites() {
        put("a", 1);
        store.read(r -> {
            Graph union = r.unionWithout(MINTED.catalogueGraph("b"));
            org.apache.jena.graph.Triple t = triples("x-", 1).find().next();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> union.add(t))
                    .isInstanceOf(org.apache.jena.shared.AddDeniedException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> union.delete(union.find().next()))
                    .isInstanceOf(org.apache.jena.shared.DeleteDeniedException.class);
            return null;
        });
    }

    @Test
    void aCommitKeepsTheRegistryOfTheGraphsItDidNotTouch() {
        put("a", 1);
        put("b", 1);
        store.write(w -> {
            w.removeGraph(MINTED.catalogueGraph("a"));
            return null;
        });
        assertThat(store.graphs()).contains(MINTED.catalogueGraph("b")).doesNotContain(MINTED.catalogueGraph("a"));
    }

    @Test
    void registryKnowsTheCatalogueOfAGraphAndWhetherItIsDemo() {
        Node g = MINTED.catalogueGraph("x");
        Graph content = GraphFactory.createDefaultGraph();
        Node catalogue = MINTED.catalogue("x");
        content.add(catalogue, vn.datamap.vocab.NS.RDF_TYPE, vn.datamap.vocab.DM.AgencyCatalogue);
        content.add(catalogue, vn.datamap.vocab.DM.illustrative, NodeFactory.createLiteralByValue(true));
        store.write(w -> {
            w.replaceGraph(g, content);
            return null;
        });
        assertThat(store.graphRecord(g)).isEqualTo(new GraphRecord(g, true, catalogue));
    }

    @Test
    void aFailedWriteChangesNothing() {
        put("a", 3);
        long generation = store.state().generation();
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(MINTED.catalogueGraph("a"), triples("s", 10));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(COUNT_ALL)).isEqualTo(3);
        assertThat(store.state().generation()).isEqualTo(generation);
    }

    @Test
    void updatingAGraphLeavesExactlyTheNewContent() {
        Node g = MINTED.catalogueGraph("moj");
        Node s = NodeFactory.createURI("http://example.test/db");
        Node p = NodeFactory.createURI("http://example.test/p");
        Node count = NodeFactory.createURI("http://example.test/count");
        Node contact = NodeFactory.createBlankNode();
        Graph first = triples("moj-", 50);
        first.add(s, count, NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        first.add(s, p, contact);
        first.add(contact, p, NodeFactory.createLiteralString("liên hệ"));
        store.write(w -> {
            w.replaceGraph(g, first);
            return null;
        });
        Graph stored = store.read(r -> r.graph(g));

        Graph next = triples("moj-", 40);           // ten triples fewer
        next.add(s, p, NodeFactory.createLiteralString("mới"));
        // the same number written another way: TDB2 keeps it by value
        next.add(s, count, NodeFactory.createLiteralDT("07", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        Node newContact = NodeFactory.createBlankNode();
        next.add(s, p, newContact);
        next.add(newContact, p, NodeFactory.createLiteralString("liên hệ"));
        long before = store.state().generation();
        store.write(w -> {
            w.updateGraph(g, stored, next);
            return null;
        });

        // what replacing the whole graph with the same content leaves
        Node replaced = MINTED.catalogueGraph("mof");
        store.write(w -> {
            w.replaceGraph(replaced, next);
            return null;
        });
        Graph now = store.read(r -> r.graph(g));
        assertThat(now.size()).isEqualTo(next.size());
        assertThat(now.isIsomorphicWith(store.read(r -> r.graph(replaced)))).isTrue();
        assertThat(now.contains(s, count, NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)))
                .isTrue();
        assertThat(now.contains(s, p, NodeFactory.createLiteralString("mới"))).isTrue();
        assertThat(now.find(Node.ANY, p, NodeFactory.createLiteralString("liên hệ")).toList()).hasSize(1);
        assertThat(store.graphGeneration(g)).isGreaterThan(before);
    }

    @Test
    void removingAGraphTakesItOutOfTheLiveMap() {
        put("a", 3);
        store.write(w -> {
            w.removeGraph(MINTED.catalogueGraph("a"));
            return null;
        });
        assertThat(count(COUNT_ALL)).isZero();
        assertThat(store.graphRecord(MINTED.catalogueGraph("a"))).isNull();
    }

    /** A read names, and streams, the graphs of its snapshot, whatever a later commit creates or removes. */
    @Test
    void aReadKeepsTheGraphsOfItsSnapshotAcrossACommitThatCreatesAndRemovesGraphs() throws Exception {
        put("a", 3);
        put("b", 2);
        List<Object> seen = ReadAcrossCommit.run(store, () -> store.write(w -> {
            w.removeGraph(MINTED.catalogueGraph("a"));
            w.replaceGraph(MINTED.catalogueGraph("c"), triples("c-", 4));
            return null;
        }), r -> {
            StreamRDFCounting quads = StreamRDFLib.count();
            r.streamQuads(r.graphs(), quads);
            return List.of(Set.copyOf(r.graphs()), quads.countQuads());
        });
        assertThat(seen.get(0)).isEqualTo(Set.of(MINTED.catalogueGraph("a"), MINTED.catalogueGraph("b")));
        assertThat(seen.get(1)).isEqualTo(5L);
        assertThat(store.graphs()).containsExactlyInAnyOrder(MINTED.catalogueGraph("b"), MINTED.catalogueGraph("c"));
        assertThat(store.read(StoreReader::graphs)).containsExactlyInAnyOrder(MINTED.catalogueGraph("b"), MINTED.catalogueGraph("c"));
    }

    @Test
    void graphsSurviveAReopenAndTheGenerationMovesOn() {
        put("a", 3);
        long generation = store.state().generation();
        store.close();
        store = TdbStore.open(dir, DatasetDescription.load());
        assertThat(store.state().generation()).isGreaterThan(generation);
        assertThat(store.graphs()).containsExactly(MINTED.catalogueGraph("a"));
        assertThat(count(COUNT_ALL)).isEqualTo(3);
    }

    @Test
    void graphSizesFollowEveryWriteAndEverySnapshot() throws Exception {
        Node a = MINTED.catalogueGraph("a");
        put("a", 3);
        put("b", 2);
        assertThat(size(a)).isEqualTo(3);
        put("a", 5);
        assertThat(size(a)).isEqualTo(5);
        put("b", 7); // another graph's write leaves the kept size of a as it is
        assertThat(new long[] {size(a), size(MINTED.catalogueGraph("b"))}).containsExactly(5, 7);
        // Inside a write, the size is of the graph as written so far, not as last committed.
        long inWrite = store.write(w -> {
            w.replaceGraph(a, triples("a-", 9));
            return w.reader().size(a);
        });
        assertThat(inWrite).isEqualTo(9);
        // A read opened before a commit keeps the size of its own snapshot, and does not displace the newer one.
        long seen = ReadAcrossCommit.run(store, () -> put("a", 4), r -> r.size(a));
        assertThat(seen).isEqualTo(9);
        assertThat(size(a)).isEqualTo(4);
        store.write(w -> {
            w.removeGraph(a);
            return null;
        });
        assertThat(size(a)).isZero();
    }

    private long size(Node graph) {
        return store.read(r -> r.size(graph));
    }
}
