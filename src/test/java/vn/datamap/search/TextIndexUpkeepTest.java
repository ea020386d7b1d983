package vn.datamap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.store.DatasetDescription;
import vn.datamap.store.TdbStore;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * The text index follows every write in its transaction, and at start an index that does not
 * reflect the store (emptied, short of documents, or holding stale ones) is rebuilt from it.
 */
class TextIndexUpkeepTest {
    private static final Minted MINTED = new Minted("http://example.test/");
    private static final Node TITLE = NS.uri(NS.DCT + "title");
    private static final Node GRAPH = MINTED.catalogueGraph("a");

    @TempDir
    Path dir;
    TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir, DatasetDescription.load());
        Graph content = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 5; i++) {
            content.add(MINTED.dataset("d" + i), TITLE, NodeFactory.createLiteralLang("Cơ sở dữ liệu số " + i, "vi"));
            content.add(MINTED.dataset("d" + i), NS.RDF_TYPE, NS.uri(NS.DCAT + "Dataset"));
        }
        store.write(w -> {
            w.replaceGraph(GRAPH, content);
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TextIndexLucene index() {
        return (TextIndexLucene) ((DatasetGraphText) store.dataset()).getTextIndex();
    }

    private TextIndexUpkeep.Fingerprint inStore() {
        return Txn.calculateRead(store.dataset(), () -> TextIndexUpkeep.ofStore(store.dataset(), index().getDocDef()));
    }

    @Test
    void writesKeepTheIndexInStepAndNothingIsRebuilt() {
        TextIndexUpkeep.Outcome outcome = TextIndexUpkeep.ensureInStep(store);
        assertThat(outcome.rebuilt()).isFalse();
        assertThat(outcome.index()).isEqualTo(outcome.store());
        assertThat(outcome.store().triples()).isEqualTo(5);
    }

    @Test
    void removingAGraphRemovesItsDocuments() {
        store.write(w -> {
            w.removeGraph(GRAPH);
            return null;
        });
        assertThat(TextIndexUpkeep.ofIndex(index()).triples()).isZero();
        assertThat(TextIndexUpkeep.ensureInStep(store).rebuilt()).isFalse();
    }

    @Test
    void anEmptiedIndexIsRebuilt() throws IOException {
        index().getIndexWriter().deleteAll();
        index().commit();
        assertThat(TextIndexUpkeep.ofIndex(index()).triples()).isZero();

        TextIndexUpkeep.Outcome outcome = TextIndexUpkeep.ensureInStep(store);

        assertThat(outcome.rebuilt()).isTrue();
        assertThat(TextIndexUpkeep.ofIndex(index())).isEqualTo(inStore()).isEqualTo(outcome.store());
        assertThat(index().query((Node) null, "name:(so 3)", null, null, 10)).hasSize(5);
    }

    @Test
    void anIndexWithAStaleDocumentIsRebuiltEvenWhenTheCountAgrees() {
        // One document of a triple the store no longer has, one real one missing: same count.
        List<Entity> real = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(GRAPH, MINTED.dataset("d0"), TITLE, Node.ANY)
                .forEachRemaining(q -> real.add(org.apache.jena.query.text.TextQueryFuncs.entityFromQuad(index().getDocDef(), q))));
        index().deleteEntity(real.get(0));
        Entity stale = new Entity(MINTED.dataset("gone").getURI(), GRAPH.getURI(), "vi", null);
        stale.put("name", "Cơ sở dữ liệu đã xóa");
        index().addEntity(stale);
        index().commit();
        assertThat(TextIndexUpkeep.ofIndex(index()).triples()).isEqualTo(5);
        assertThat(TextIndexUpkeep.ofIndex(index())).isNotEqualTo(inStore());

        assertThat(TextIndexUpkeep.ensureInStep(store).rebuilt()).isTrue();

        assertThat(TextIndexUpkeep.ofIndex(index())).isEqualTo(inStore());
        assertThat(index().query((Node) null, "name:xoa", null, null, 10)).isEmpty();
    }

    @Test
    void aRebuiltIndexIsInStepAfterAReopen() throws IOException {
        index().getIndexWriter().deleteAll();
        index().commit();
        assertThat(TextIndexUpkeep.ensureInStep(store).rebuilt()).isTrue();
        store.close();
        store = TdbStore.open(dir, DatasetDescription.load());
        assertThat(TextIndexUpkeep.ensureInStep(store).rebuilt()).isFalse();
    }

    @Test
    void aStartAfterACleanShutdownTrustsTheIndexUntilItsFilesChange() throws IOException {
        store.reconciled();
        store.close();
        store = TdbStore.open(dir, DatasetDescription.load());
        TextIndexUpkeep.Outcome trusted = TextIndexUpkeep.ensureInStep(store);
        assertThat(trusted.rebuilt()).isFalse();
        assertThat(trusted.store()).as("not even counted").isNull();
        assertThat(TextIndexUpkeep.ofIndex(index())).isEqualTo(inStore());

        store.reconciled();
        store.close();
        // The index folder emptied while the server was stopped.
        try (var files = Files.list(dir.resolve("text"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        store = TdbStore.open(dir, DatasetDescription.load());
        TextIndexUpkeep.Outcome checked = TextIndexUpkeep.ensureInStep(store);
        assertThat(checked.rebuilt()).isTrue();
        assertThat(checked.store().triples()).isEqualTo(5);
        assertThat(TextIndexUpkeep.ofIndex(index())).isEqualTo(inStore());
    }
}
