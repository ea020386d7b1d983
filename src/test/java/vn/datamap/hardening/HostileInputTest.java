package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.DatamapServer;
import vn.datamap.support.Canary;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * Every case of {@code src/test/resources/hostile/} against the whole server: the status it
 * names, a JSON problem that betrays nothing of the server's insides, the live map unchanged
 * (or, for a case the server accepts, changed only in the catalogue the path names), and not one
 * request at the canary, the local server every hostile URL points at.
 */
class HostileInputTest {
    private static final String ADMIN_PASSWORD = "admin-secret-for-hostile-tests";
    private static final Map<String, String> CREDENTIALS = Map.of(
            "admin", WriteClient.basic("admin", ADMIN_PASSWORD),
            "moit", WriteClient.basic("moit.steward", "steward-moit-pw"),
            "mps", WriteClient.basic("mps.steward", "steward-mps-pw"));
    /** What only a leaked exception, stack trace or server path would put in a body. */
    private static final List<String> LEAKS = List.of("java.", "javax.", "org.apache", "org.springframework", "com.apicatalog",
            "Exception", "\tat ", ".java", "/work/", "/tmp/", "/home/", "root:x:");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Canary canary;
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        canary = Canary.start();
        server = TestServer.start(DatamapServer.create().demo(true)
                .property("datamap.admin-password", ADMIN_PASSWORD)
                .property("datamap.max-upload-bytes", 8 * 1024 * 1024)
                .property("datamap.max-validate-bytes", 256 * 1024));
        client = new WriteClient(server);
        client.createSteward(CREDENTIALS.get("admin"), "moit.steward", "steward-moit-pw", "moit");
        client.createSteward(CREDENTIALS.get("admin"), "mps.steward", "steward-mps-pw", "mps");
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } finally {
            canary.close();
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(HostileCase.FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputChangesNothingAndFetchesNothing(String name) throws IOException {
        HostileCase c = HostileCase.read(name, canary.url(), server.base());
        Set<String> before = client.dump();
        canary.reset();

        HttpResponse<byte[]> response = send(c);

        String body = HttpTester.text(response);
        assertThat(response.statusCode()).as("%s (%s): %s", name, c.get("about"), abbreviate(body)).isEqualTo(c.expect());
        if (c.expect() >= 400) {
            JsonNode problem = assertProblem(name, response);
            if (c.get("message") != null) {
                assertThat(problem.path("message").asString()).as(name).contains(c.get("message"));
            }
            assertThat(client.dump()).as("%s changes nothing", name).isEqualTo(before);
        } else {
            assertChangedOnlyItsOwnCatalogue(c, before, client.dump());
        }
        if ("csv-formula".equals(c.get("generate"))) {
            assertFormulaIsTextInEveryExport();
        }
        assertThat(canary.requests()).as("%s made the server fetch", name).isEmpty();
    }

    /** The contract's error body: a JSON problem with status, error and message, and nothing of the server's insides. */
    private static JsonNode assertProblem(String name, HttpResponse<byte[]> response) {
        String body = HttpTester.text(response);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as("Content-Type of %s", name)
                .startsWith("application/problem+json");
        LEAKS.forEach(leak -> assertThat(body).as("%s leaks '%s'", name, leak).doesNotContain(leak));
        ProblemBody.assertNoLeak(name, body);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).as("status member of %s", name).isEqualTo(response.statusCode());
        assertThat(problem.path("error").asString()).as("error member of %s", name).isNotBlank();
        assertThat(problem.path("message").asString()).as("message member of %s", name).isNotBlank();
        return problem;
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    private HttpResponse<byte[]> send(HostileCase c) {
        byte[] body = c.get("generate") == null ? c.body()
                : HostileBodies.generate(c.get("generate"), client, canary.url(), CREDENTIALS.get("mps"));
        String auth = CREDENTIALS.get(c.get("credentials"));
        String accept = c.get("accept") != null ? c.get("accept") : "application/json";
        if (!c.get("generate", "").contains("chunked")) {
            return client.send(c.method(), c.path(), body, c.get("content-type"), auth, "Accept", accept);
        }
        // No Content-Length: the server finds the body too large only while reading it.
        HttpRequest.Builder request = HttpRequest.newBuilder(server.http().uri(c.path())).timeout(Duration.ofSeconds(60))
                .method(c.method(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", c.get("content-type")).header("Accept", accept);
        return server.http().send(request.build());
    }

    /** An accepted case changes only the catalogue graph of the agency in its path, and stores nothing marked HOSTILE. */
    private void assertChangedOnlyItsOwnCatalogue(HostileCase c, Set<String> before, Set<String> after) {
        String own = "<" + server.base() + "graph/catalog/" + c.agency() + ">";
        Set<String> changed = new TreeSet<>(before);
        changed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        changed.addAll(added);
        assertThat(changed).as("%s changes only %s", c.name(), own).allMatch(line -> line.trim().endsWith(own + " ."));
        assertThat(after).as("%s stores nothing marked HOSTILE", c.name()).noneMatch(line -> line.contains("HOSTILE"));
    }

    /** The formula was stored as text, and neither export lets a spreadsheet program run it. */
    private void assertFormulaIsTextInEveryExport() throws IOException {
        String formula = HostileBodies.formula(canary.url());
        assertThat(String.join("\n", client.dump())).contains(formula.replace("\"", "\\\""));
        HttpResponse<byte[]> csv = client.get("/api/agencies/mps/catalogue.csv", null);
        List<String> cells = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv.body()), StandardCharsets.UTF_8))
                .getRecords().stream().flatMap(r -> r.toList().stream()).toList();
        assertThat(cells).contains("'" + formula).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"));
        HttpResponse<byte[]> xlsx = client.get("/api/agencies/mps/catalogue.xlsx", null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            boolean found = false;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("cell %s of %s", cell.getAddress(), sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                        found |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(formula);
                    }
                }
            }
            assertThat(found).as("the formula is a text cell of the XLSX export").isTrue();
        }
    }
}
