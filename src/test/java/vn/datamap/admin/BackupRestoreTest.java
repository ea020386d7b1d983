package vn.datamap.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.cli.Cli;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * Backups of the live map: the administrator alone makes and lists them, each is the map of one
 * moment as gzipped N-Quads, and one restored into a new data directory serves the same map.
 */
class BackupRestoreTest {
    private static final String ADMIN = WriteClient.basic("admin", "admin-secret-for-backup-tests");
    private static final String MOIT = WriteClient.basic("moit.steward", "steward-moit-pw");
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", "admin-secret-for-backup-tests"));
        client = new WriteClient(server);
        client.createSteward(ADMIN, "moit.steward", "steward-moit-pw", "moit");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void onlyTheAdministratorMakesListsAndFetchesBackups() {
        assertThat(client.send("POST", "/api/admin/backup", null, null, null).statusCode()).isEqualTo(401);
        assertThat(client.send("POST", "/api/admin/backup", null, null, MOIT).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/admin/backups", null).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/admin/backups", MOIT).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/admin/backups/datamap-20250101T000000Z.nq.gz", MOIT).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/admin/backups/datamap-20250101T000000Z.nq.gz", ADMIN).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/admin/backups/..%2f..%2fbase-uri", ADMIN).statusCode()).isBetween(400, 404);
        assertThat(client.get("/api/admin/backups/base-uri", ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void aBackupRestoredIntoAnEmptyDirectoryServesTheSameMap(@TempDir Path dir) throws IOException {
        HttpResponse<byte[]> put = client.send("PUT", "/api/agencies/moit/catalogue",
                Files.readAllBytes(Path.of("src/test/resources/ingest/moit-catalogue.ttl")), "text/turtle", MOIT);
        assertThat(put.statusCode()).as(HttpTester.text(put)).isEqualTo(200);
        byte[] dump = server.http().get("/dump").body();

        HttpResponse<byte[]> made = client.send("POST", "/api/admin/backup", null, null, ADMIN);
        assertThat(made.statusCode()).as(HttpTester.text(made)).isEqualTo(201);
        JsonNode backup = WriteClient.json(made);
        String name = backup.get("name").asString();
        Path file = Path.of(backup.get("path").asString());
        assertThat(name).matches("datamap-\\d{8}T\\d{6}Z(-\\d+)?\\.nq\\.gz");
        assertThat(file).isRegularFile().hasFileName(name);
        assertThat(file.getParent()).isEqualTo(server.dataDir().resolve("backups").toAbsolutePath());
        assertThat(backup.get("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(backup.get("triples").asLong()).isGreaterThan(1000);
        assertThat(made.headers().firstValue("Location")).hasValue("/api/admin/backups/" + name);
        assertThat(WriteClient.json(client.get("/api/admin/backups", ADMIN)).get("backups").findValuesAsString("name")).contains(name);
        assertThat(client.get("/api/admin/backups/" + name, ADMIN).body()).isEqualTo(Files.readAllBytes(file));
        assertThat(quads(HttpTester.gunzip(Files.readAllBytes(file))).getGraph(WriteClient.iri(server.base() + "graph/catalog/moit")).size())
                .isPositive();
        assertThat(IsoMatcher.isomorphic(quads(HttpTester.gunzip(Files.readAllBytes(file))), quads(HttpTester.gunzip(dump))))
                .as("the backup holds what /dump serves").isTrue();

        Path restored = dir.resolve("restored");
        assertThat(cli("restore", file.toString(), "--base-uri", "http://elsewhere.example/", "--data-dir", restored.toString()))
                .as("another base URI than the backup's").isEqualTo(Cli.REFUSED);
        assertThat(restored).doesNotExist();
        assertThat(cli("restore", file.toString(), "--data-dir", restored.toString())).isEqualTo(Cli.OK);
        assertThat(cli("restore", file.toString(), "--data-dir", restored.toString())).as("into a directory that is not empty")
                .isEqualTo(Cli.REFUSED);
        try (TestServer again = TestServer.start(DatamapServer.create().demo(true).baseUri(server.base()), restored, true)) {
            assertThat(IsoMatcher.isomorphic(quads(HttpTester.gunzip(again.http().get("/dump").body())), quads(HttpTester.gunzip(dump))))
                    .as("the restored server serves the same map").isTrue();
            assertThat(again.http().get("/catalog/moit", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void restoreRefusesWhatIsNotABackupOfTheMap(@TempDir Path dir) throws IOException {
        Path turtle = Path.of("src/test/resources/ingest/moit-catalogue.ttl");
        assertThat(cli("restore", turtle.toString(), "--data-dir", dir.resolve("a").toString())).isEqualTo(Cli.UNREADABLE);
        Path defaultGraph = dir.resolve("default.nq.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(defaultGraph))) {
            out.write("<http://x.example/s> <http://x.example/p> \"o\" .\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(cli("restore", defaultGraph.toString(), "--data-dir", dir.resolve("b").toString())).isEqualTo(Cli.UNREADABLE);
        Path foreign = Files.writeString(dir.resolve("foreign.nq"), "<http://x.example/s> <http://x.example/p> \"o\" <http://x.example/g> .\n");
        assertThat(cli("restore", foreign.toString(), "--data-dir", dir.resolve("c").toString())).as("no base URI in the graph names")
                .isEqualTo(Cli.USAGE);
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    private static int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Cli.run(args, print, print);
    }

    private static DatasetGraph quads(byte[] nquads) {
        return RDFParser.fromString(new String(nquads, StandardCharsets.UTF_8), Lang.NQUADS).toDatasetGraph();
    }
}
