package vn.datamap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.DatamapServer;
import vn.datamap.support.TestServer;

/**
 * The command line of the jar, run in-process through its real entry point: offline validation
 * with exit codes, import into a stopped server's data directory, export, and a clear refusal
 * while a server holds the store.
 */
class CliTest {
    private static final String BASE = "http://cli.datamap.test/";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateNeedsNoServerAndSaysByItsExitCode(@TempDir Path dir) throws IOException {
        assertThat(run("validate", "--agency", "moit", "src/test/resources/ingest/moit-catalogue.ttl")).as(out() + err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("Hợp lệ / Valid");
        assertThat(run("validate", "src/test/resources/ingest/moit-broken.ttl")).isEqualTo(Cli.INVALID);
        assertThat(out()).contains("LỖI/ERROR").contains("dataset/cn-0001");
        assertThat(run("validate", "--report", "json", "src/test/resources/ingest/moit-broken.ttl")).isEqualTo(Cli.INVALID);
        assertThat(out()).contains("\"violations\":2");
        assertThat(err()).contains("100%");
        assertThat(run("validate", "src/test/resources/ingest/moit-syntax-error.ttl")).isEqualTo(Cli.UNREADABLE);
        assertThat(err()).contains("line 6");
        Path odd = Files.writeString(dir.resolve("catalogue.docx"), "x");
        assertThat(run("validate", odd.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("validate")).isEqualTo(Cli.USAGE);
        assertThat(run("help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("import --agency ID");
    }

    @Test
    void aMisspeltOptionIsRefusedRatherThanIgnored() {
        assertThat(run("validate", "--agnecy", "moit", "src/test/resources/ingest/moit-catalogue.ttl")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("validate has no option --agnecy").contains("lệnh validate không có tùy chọn --agnecy");
        assertThat(out()).isEmpty();
        assertThat(run("export", "--report", "json", "map.nq")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("export has no option --report");
        assertThat(run("bench", "--size", "1000")).as("a benchmark with a misspelt option does not start").isEqualTo(Cli.USAGE);
        assertThat(err()).contains("bench has no option --size");
    }

    @Test
    void helpIsAskedForWithEveryCommand() {
        assertThat(run("validate", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("validate [--agency ID]");
        assertThat(run("import", "-h")).isEqualTo(Cli.OK);
        assertThat(out()).contains("import --agency ID");
        assertThat(run("bench", "--help")).as("prints its usage instead of running a benchmark").isEqualTo(Cli.OK);
        assertThat(out()).contains("--parts pages,queries");
        assertThat(run("generate", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("usage: generate --databases N");
    }

    @Test
    void aCatalogueDownloadedFromAServerValidatesOfflineUnderThatServersBase(@TempDir Path dir) throws IOException {
        TestServer server = TestServer.shared();
        byte[] turtle = server.http().get("/catalog/moj", "Accept", "text/turtle").body();
        Path file = Files.write(dir.resolve("moj.ttl"), turtle);
        assertThat(run("validate", "--agency", "moj", file.toString())).as(out() + err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("0 lỗi/errors").contains("8 cơ sở dữ liệu/databases");
        // Named explicitly, another base makes the same file someone else's catalogue.
        assertThat(run("validate", "--agency", "moj", "--base-uri", "http://elsewhere.test/", file.toString()))
                .isEqualTo(Cli.INVALID);
    }

    @Test
    void importAndExportWorkOnAStoppedServersDataDirectory(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (TestServer server = TestServer.start(DatamapServer.create().demo(true).baseUri(BASE), data, false)) {
            assertThat(server.http().get("/catalog/moit").statusCode()).isEqualTo(404);
            assertThat(run("import", "--agency", "moit", "--data-dir", data.toString(),
                    "src/test/resources/ingest/moit-catalogue.ttl")).as("while the server runs").isEqualTo(Cli.STORE);
            assertThat(err()).contains("running server");
        }
        assertThat(run("import", "--agency", "moit", "--data-dir", data.toString(),
                "src/test/resources/ingest/moit-broken.ttl")).isEqualTo(Cli.INVALID);
        assertThat(run("import", "--agency", "moit", "--data-dir", data.toString(),
                "src/test/resources/ingest/moit-catalogue.ttl")).as(out() + err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("revision 1");
        assertThat(run("import", "--agency", "nowhere", "--data-dir", data.toString(),
                "src/test/resources/ingest/moit-catalogue.ttl")).isEqualTo(Cli.REFUSED);

        Path ttl = dir.resolve("moit.ttl");
        assertThat(run("export", "--agency", "moit", "--data-dir", data.toString(), ttl.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readString(ttl)).contains(BASE + "dataset/cn-0002").contains("currentOwner");
        Path xlsx = dir.resolve("moit.xlsx");
        assertThat(run("export", "--agency", "moit", "--data-dir", data.toString(), xlsx.toString())).isEqualTo(Cli.OK);
        assertThat(Files.size(xlsx)).isPositive();
        Path all = dir.resolve("map.nq");
        assertThat(run("export", "--data-dir", data.toString(), all.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readString(all)).contains("<" + BASE + "graph/catalog/moit>").contains("<" + BASE + "graph/reference>");

        // The exported spreadsheet imports back as the same catalogue.
        assertThat(run("import", "--agency", "moit", "--data-dir", data.toString(), xlsx.toString())).isEqualTo(Cli.OK);
        assertThat(out()).contains("Unchanged");
        try (TestServer server = TestServer.start(DatamapServer.create().demo(true).baseUri(BASE), data, false)) {
            assertThat(server.http().get("/catalog/moit").statusCode()).isEqualTo(200);
        }
    }
}
