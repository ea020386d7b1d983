package vn.datamap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.DatamapServer;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.store.StoreWriter;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * The text index follows the store: a graph written through the store is found at once and is
 * gone once the graph is removed; an index deleted or damaged while the server was stopped is
 * rebuilt at the next start.
 */
class SearchIndexLifecycleTest {
    private static final String BASE = "http://datamap.test/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POPULATION = BASE + "dataset/ndb-population";

    private static List<String> search(TestServer server, String q) {
        HttpResponse<byte[]> response = server.http().get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "Accept", "application/json");
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        List<String> iris = new ArrayList<>();
        answer.path("results").forEach(r -> iris.add(r.path("iri").asString()));
        return iris;
    }

    private static TestServer start(Path dir) {
        return TestServer.start(DatamapServer.create().demo(false).baseUri(BASE), dir, false);
    }

    private static final Node TITLE = NS.uri(NS.DCT + "title");
    private static final Node DESCRIPTION = NS.uri(NS.DCT + "description");

    /** Adds a database with a Vietnamese title to {@code graph}. */
    private static void database(Graph graph, Node database, String titleVi) {
        graph.add(database, NS.RDF_TYPE, DM.Database);
        graph.add(database, TITLE, NodeFactory.createLiteralLang(titleVi, "vi"));
    }

    /** One write transaction doing {@code change}. */
    private static void write(Store store, java.util.function.Consumer<StoreWriter> change) {
        store.write(w -> {
            change.accept(w);
            return null;
        });
    }

    @Test
    void aWrittenCatalogueIsFoundAndARemovedOneIsGone(@TempDir Path dir) {
        try (TestServer server = start(dir)) {
            Store store = server.server().context().getBean(Store.class);
            Node graph = NodeFactory.createURI(BASE + "graph/catalog/search-test");
            Node database = NodeFactory.createURI(BASE + "dataset/search-test-1");
            Graph content = GraphFactory.createDefaultGraph();
            database(content, database, "Cơ sở dữ liệu kiểm thử Hồ Thuỷ Tiên");
            assertThat(search(server, "Hồ Thủy Tiên")).doesNotContain(database.getURI());

            write(store, w -> w.replaceGraph(graph, content));
            assertThat(search(server, "ho thuy tien")).containsExactly(database.getURI());
            assertThat(search(server, "Hồ Thủy Tiên")).containsExactly(database.getURI());

            write(store, w -> w.removeGraph(graph));
            assertThat(search(server, "ho thuy tien")).doesNotContain(database.getURI());
            assertThat(search(server, "dan cu")).first().isEqualTo(POPULATION);
        }
    }

    @Test
    void anUpdatedGraphIsIndexedAsItNowStands(@TempDir Path dir) {
        try (TestServer server = start(dir)) {
            Store store = server.server().context().getBean(Store.class);
            Node graph = NodeFactory.createURI(BASE + "graph/catalog/search-update");
            Node kept = NodeFactory.createURI(BASE + "dataset/search-update-kept");
            Node renamed = NodeFactory.createURI(BASE + "dataset/search-update-renamed");
            Graph before = GraphFactory.createDefaultGraph();
            database(before, kept, "Cơ sở dữ liệu đèo Hải Vân");
            database(before, renamed, "Cơ sở dữ liệu vịnh Lăng Cô");
            write(store, w -> w.replaceGraph(graph, before));
            Graph stored = store.read(r -> r.graph(graph));
            Graph after = GraphFactory.createDefaultGraph();
            before.find().forEachRemaining(after::add);
            after.delete(renamed, TITLE, NodeFactory.createLiteralLang("Cơ sở dữ liệu vịnh Lăng Cô", "vi"));
            after.add(renamed, TITLE, NodeFactory.createLiteralLang("Cơ sở dữ liệu đầm Lập An", "vi"));
            write(store, w -> w.updateGraph(graph, stored, after));

            // (every title says "Cơ sở dữ liệu": each search names a word of one title only)
            assertThat(search(server, "vịnh")).doesNotContain(renamed.getURI());
            assertThat(search(server, "đầm")).containsExactly(renamed.getURI());
            assertThat(search(server, "đèo")).containsExactly(kept.getURI());
            assertThat(store.read(r -> r.graph(graph)).isIsomorphicWith(after)).isTrue();
        }
    }

    /**
     * The Lucene index commits with the store, but a read opened before that commit keeps the
     * map as it was: its search must not find the literals of the next version, whether the
     * words are in a title (the index's default field) or only in a description.
     */
    @Test
    void aReadOpenedBeforeACommitDoesNotFindWhatTheCommitIndexed(@TempDir Path dir) throws Exception {
        try (TestServer server = start(dir)) {
            Store store = server.server().context().getBean(Store.class);
            Node graph = NodeFactory.createURI(BASE + "graph/catalog/search-snapshot");
            Node database = NodeFactory.createURI(BASE + "dataset/search-snapshot-1");
            Graph before = GraphFactory.createDefaultGraph();
            database(before, database, "Cơ sở dữ liệu đèo Hải Vân");
            before.add(database, DESCRIPTION, NodeFactory.createLiteralLang("Dữ liệu về đèo Hải Vân.", "vi"));
            write(store, w -> w.replaceGraph(graph, before));
            Graph after = GraphFactory.createDefaultGraph();
            database(after, database, "Cơ sở dữ liệu vịnh Lăng Cô");
            after.add(database, DESCRIPTION, NodeFactory.createLiteralLang("Dữ liệu về đầm Lập An.", "vi"));

            CountDownLatch opened = new CountDownLatch(1);
            CountDownLatch committed = new CountDownLatch(1);
            CompletableFuture<Map<String, List<Binding>>> inOldRead = CompletableFuture.supplyAsync(() -> store.read(reader -> {
                opened.countDown();
                try {
                    assertThat(committed.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                Map<String, List<Binding>> hits = new LinkedHashMap<>();
                for (String words : List.of("vịnh Lăng Cô", "đầm Lập An")) {
                    BindingBuilder query = BindingFactory.builder()
                            .add(Var.alloc("hits"), NodeFactory.createLiteralByValue(SearchService.INDEX_HITS));
                    SearchTerms.of(words).allWords().forEach((field, lucene) ->
                            query.add(Var.alloc(field + "Query"), NodeFactory.createLiteralString(lucene)));
                    hits.put(words, reader.select(QueryLibrary.get("search/hits"), query.build()));
                }
                return hits;
            }));
            assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();
            write(store, w -> w.replaceGraph(graph, after));
            committed.countDown();

            Map<String, List<Binding>> hits = inOldRead.get(30, TimeUnit.SECONDS);
            assertThat(hits.get("vịnh Lăng Cô")).as("title hits in the read opened before the commit").isEmpty();
            assertThat(hits.get("đầm Lập An")).as("description hits in the read opened before the commit").isEmpty();
            assertThat(search(server, "vịnh Lăng Cô")).containsExactly(database.getURI());
            assertThat(search(server, "đầm Lập An")).containsExactly(database.getURI());
            assertThat(search(server, "đèo Hải Vân")).doesNotContain(database.getURI());
        }
    }

    @Test
    void aDeletedIndexIsRebuiltAtTheNextStart(@TempDir Path dir) throws IOException {
        try (TestServer server = start(dir)) {
            assertThat(search(server, "dan cu")).first().isEqualTo(POPULATION);
        }
        Path index = dir.resolve("text");
        assertThat(index).isDirectory();
        deleteTree(index);

        try (TestServer server = start(dir)) {
            assertThat(search(server, "dân cư")).first().isEqualTo(POPULATION);
            assertThat(search(server, "Hoà Bình")).contains(BASE + "agency/vn63-hoa-binh");
        }
        assertThat(index).isDirectory();
    }

    @Test
    void aDamagedIndexIsRebuiltAtTheNextStart(@TempDir Path dir) throws IOException {
        try (TestServer server = start(dir)) {
            assertThat(search(server, "dan cu")).first().isEqualTo(POPULATION);
        }
        try (Stream<Path> files = Files.list(dir.resolve("text"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, "not a Lucene index".getBytes(StandardCharsets.UTF_8));
            }
        }

        try (TestServer server = start(dir)) {
            assertThat(search(server, "dan cu")).first().isEqualTo(POPULATION);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
