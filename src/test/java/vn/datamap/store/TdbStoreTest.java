package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.vocab.Minted;

/** The TDB2 store: one transaction per write, the generation, and the public view. */
class TdbStoreTest {
    private static final Minted MINTED = new Minted("http://example.test/");
    private static final Query COUNT_ALL = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    private static final Query COUNT_NAMED = QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

    @TempDir
    Path dir;
    TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir, MINTED, DatasetDescription.load());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Graph triples(int n) {
        return triples("s", n);
    }

    /** n distinct triples whose subjects start with {@code prefix}. */
    private static Graph triples(String prefix, int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.test/" + prefix + i), NodeFactory.createURI("http://example.test/p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        return g;
    }

    private long count(Query q) {
        return store.read(r -> ((Number) r.select(q, null).get(0).get("n").getLiteralValue()).longValue());
    }

    private void put(String agency, boolean isPublic, int n) {
        Node g = MINTED.catalogueGraph(agency);
        store.write(w -> {
            w.replaceGraph(new GraphRecord(g, isPublic, false, MINTED.catalogue(agency)), triples(agency + "-", n));
            return null;
        });
    }

    @Test
    void newStoreStartsAtGenerationZero() {
        assertThat(store.state().generation()).isZero();
        assertThat(store.publicGraphs()).isEmpty();
    }

    @Test
    void everyCommittedChangeMovesTheGenerationOn() {
        put("a", true, 3);
        long first = store.state().generation();
        put("b", true, 2);
        assertThat(store.state().generation()).isEqualTo(first + 1);
        assertThat(store.state().committedAt()).isAfterOrEqualTo(java.time.Instant.now().minusSeconds(60));
    }

    @Test
    void aWriteThatDoesNothingKeepsTheGeneration() {
        put("a", true, 1);
        long before = store.state().generation();
        store.write(w -> null);
        assertThat(store.state().generation()).isEqualTo(before);
    }

    @Test
    void defaultGraphIsTheUnionOfPublicGraphsOnly() {
        put("a", true, 3);
        put("b", true, 2);
        put("secret", false, 5);
        assertThat(count(COUNT_ALL)).isEqualTo(5);
        assertThat(count(COUNT_NAMED)).isEqualTo(5);
        int secret = store.read(r -> r.graph(MINTED.catalogueGraph("secret")).size());
        assertThat(secret).isZero();
    }

    @Test
    void systemGraphIsNeverVisibleToReaders() {
        put("a", true, 1);
        Query system = QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH <" + MINTED.systemGraph().getURI() + "> { ?s ?p ?o } }");
        assertThat(count(system)).isZero();
    }

    @Test
    void aFailedWriteChangesNothing() {
        put("a", true, 3);
        long generation = store.state().generation();
        assertThatThrownBy(() -> store.write(w -> {
            w.replaceGraph(new GraphRecord(MINTED.catalogueGraph("a"), true, false, null), triples(10));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(COUNT_ALL)).isEqualTo(3);
        assertThat(store.state().generation()).isEqualTo(generation);
    }

    @Test
    void removingAGraphTakesItOutOfTheLiveMap() {
        put("a", true, 3);
        store.write(w -> {
            w.removeGraph(MINTED.catalogueGraph("a"));
            return null;
        });
        assertThat(count(COUNT_ALL)).isZero();
        assertThat(store.graphRecord(MINTED.catalogueGraph("a"))).isNull();
    }

    @Test
    void registryAndGenerationSurviveAReopen() {
        put("a", true, 3);
        long generation = store.state().generation();
        store.close();
        store = TdbStore.open(dir, MINTED, DatasetDescription.load());
        assertThat(store.state().generation()).isEqualTo(generation);
        assertThat(store.publicGraphs()).containsExactly(MINTED.catalogueGraph("a"));
        assertThat(count(COUNT_ALL)).isEqualTo(3);
    }
}
