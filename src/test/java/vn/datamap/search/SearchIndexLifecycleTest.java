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
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
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
import vn.datamap.support.ReadAcrossCommit;
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
    /** A graph that states {@code database} with its Vietnamese title and, unless null, description. */
    private static Graph database(Node database, String titleVi, String descriptionVi) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(database, NS.RDF_TYPE, DM.Database);
        graph.add(database, TITLE, NodeFactory.createLiteralLang(titleVi, "vi"));
        if (descriptionVi != null) {
            graph.add(database, DESCRIPTION, NodeFactory.createLiteralLang(descriptionVi, "vi"));
        }
        return graph;
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
            Graph content = database(database, "Cơ sở dữ liệu kiểm thử Hồ Thuỷ Tiên", null);
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
            Graph before = database(kept, "Cơ sở dữ liệu đèo Hải Vân", null);
            database(renamed, "Cơ sở dữ liệu vịnh Lăng Cô", null).find().forEachRemaining(before::add);
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
            Graph before = database(database, "Cơ sở dữ liệu đèo Hải Vân", "Dữ liệu về đèo Hải Vân.");
            write(store, w -> w.replaceGraph(graph, before));
            Graph after = database(database, "Cơ sở dữ liệu vịnh Lăng Cô", "Dữ liệu về đầm Lập An.");

            Map<String, List<Binding>> hits = ReadAcrossCommit.run(store, () -> write(store, w -> w.replaceGraph(graph, after)), reader -> {
                Map<String, List<Binding>> found = new LinkedHashMap<>();
                for (String words : List.of("vịnh Lăng Cô", "đầm Lập An")) {
                    Binding query = SearchService.hitsParameters(SearchTerms.of(words).allWords()).build();
                    found.put(words, reader.select(QueryLibrary.get("search/hits"), query));
                }
                return found;
            });
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
