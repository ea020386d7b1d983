package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.store.Store;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * The catalogue index and the VoID description of a new generation are built in the background
 * once the map is quiet, after the start and after a write, with nothing asked for: the first
 * harvester does not wait for them.
 */
class GenerationWarmerTest {
    private static final String ADMIN = WriteClient.basic("admin", "admin-secret-for-warmer");
    private static TestServer server;
    private static Store store;
    private static CatalogIndex index;
    private static VoidDescription voidDescription;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", "admin-secret-for-warmer"));
        store = server.server().context().getBean(Store.class);
        index = server.server().context().getBean(CatalogIndex.class);
        voidDescription = server.server().context().getBean(VoidDescription.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Waits, asking for nothing, until the index and the VoID of the latest generation are kept. */
    private static long awaitLatestGeneration() throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            long generation = store.state().generation();
            if (index.isKept(generation) && voidDescription.isKept(generation)) {
                return generation;
            }
            Thread.sleep(50);
        }
        long generation = store.state().generation();
        throw new AssertionError("generation " + generation + " not built within 20 s: index " + index.isKept(generation)
                + ", VoID " + voidDescription.isKept(generation));
    }

    @Test
    void theIndexAndTheVoidOfTheStartAndOfEveryWriteAreBuiltWithNothingAskedFor() throws InterruptedException {
        long started = awaitLatestGeneration();

        HttpResponse<byte[]> update = new WriteClient(server).send("POST", "/sparql/update", """
                PREFIX dct: <http://purl.org/dc/terms/>
                WITH <%sgraph/catalog/moj>
                DELETE { ?d dct:modified ?old }
                INSERT { ?d dct:modified "2026-11-29"^^<http://www.w3.org/2001/XMLSchema#date> }
                WHERE { BIND(<%sdataset/csdl-0032> AS ?d) OPTIONAL { ?d dct:modified ?old } }
                """.formatted(server.base(), server.base()).getBytes(StandardCharsets.UTF_8), "application/sparql-update", ADMIN);
        assertThat(update.statusCode()).as(HttpTester.text(update)).isEqualTo(200);
        long written = store.state().generation();
        assertThat(written).as("the write made a new generation").isGreaterThan(started);

        assertThat(awaitLatestGeneration()).isEqualTo(written);
        CatalogIndex.Snapshot snapshot = store.read(index::current);
        assertThat(snapshot.state().generation()).isEqualTo(written);
        assertThat(snapshot.all()).as("the background index lists the database whose date changed")
                .anyMatch(e -> e.dataset().getURI().endsWith("/dataset/csdl-0032")
                        && e.modified().toString().startsWith("2026-11-29"));
        assertThat(voidDescription.describe().find(null, null, null).toList())
                .as("the VoID kept says when the map last changed: at this write")
                .anyMatch(t -> t.getPredicate().getURI().equals("http://purl.org/dc/terms/modified")
                        && t.getObject().getLiteralLexicalForm().startsWith(
                                store.state().committedAt().atOffset(java.time.ZoneOffset.UTC).toString()));
    }
}
