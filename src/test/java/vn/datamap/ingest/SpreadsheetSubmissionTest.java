package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * The spreadsheet template through HTTP: downloaded blank or filled with a catalogue, sent back
 * unchanged it changes nothing, edited it becomes a revision, broken it is reported by sheet,
 * row and column — for CSV and XLSX.
 */
class SpreadsheetSubmissionTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ADMIN = WriteClient.basic("admin", "admin-secret-for-sheets");
    private static final String MOJ = WriteClient.basic("moj.steward", "steward-moj-pw");
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", "admin-secret-for-sheets"));
        client = new WriteClient(server);
        client.createSteward(ADMIN, "moj.steward", "steward-moj-pw", "moj");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] download(String path, String type) {
        HttpResponse<byte[]> r = server.http().get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        return r.body();
    }

    private static HttpResponse<byte[]> put(byte[] body, String type) {
        return client.send("PUT", "/api/agencies/moj/catalogue", body, type, MOJ);
    }

    @Test
    void blankTemplatesComeInBothFormats() throws Exception {
        String csv = new String(download("/api/template.csv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Tên cơ sở dữ liệu").contains("/");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("/api/template.xlsx", XLSX)))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(4);
            assertThat(wb.getSheet("Giá trị hợp lệ - Allowed values")).isNotNull();
        }
    }

    @Test
    void aDownloadedCatalogueSentBackUnchangedChangesNothingInEitherFormat() {
        Set<String> before = client.dump();
        for (String[] f : new String[][] {{"csv", "text/csv"}, {"xlsx", XLSX}}) {
            byte[] sheet = download("/api/agencies/moj/catalogue." + f[0], f[1]);
            HttpResponse<byte[]> r = put(sheet, f[1]);
            assertThat(r.statusCode()).as(f[0] + ": " + HttpTester.text(r)).isEqualTo(200);
            assertThat(WriteClient.json(r).get("status").asString()).as(f[0]).isEqualTo("unchanged");
        }
        assertThat(client.dump()).isEqualTo(before);
    }

    @Test
    void anEditedCsvBecomesARevisionAndABrokenOneIsLocated() {
        String csv = new String(download("/api/agencies/moj/catalogue.csv", "text/csv"), StandardCharsets.UTF_8);
        Graph before = client.storedGraph("moj");
        String kind = "Cơ sở dữ liệu dùng chung của bộ";
        assertThat(csv).contains(kind);
        Set<String> dump = client.dump();
        HttpResponse<byte[]> broken = put(csv.replaceFirst(kind, "Loại không có thật").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(broken.statusCode()).as(HttpTester.text(broken)).isEqualTo(422);
        JsonNode located = located(WriteClient.json(broken));
        assertThat(located).as(HttpTester.text(broken)).isNotNull();
        assertThat(located.get("location").get("sheet").asString()).isEqualTo("CSV");
        assertThat(located.get("location").get("row").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(located.get("location").get("column").asString()).isNotBlank();
        assertThat(located.get("message").get("vi").asString()).contains("Loại không có thật");
        assertThat(client.dump()).isEqualTo(dump);
        HttpResponse<byte[]> asTurtle = client.send("PUT", "/api/agencies/moj/catalogue",
                csv.replaceFirst(kind, "Loại không có thật").getBytes(StandardCharsets.UTF_8), "text/csv", MOJ,
                "Accept", "text/turtle");
        assertThat(asTurtle.statusCode()).isEqualTo(422);
        assertThat(org.apache.jena.riot.RDFParser.fromString(HttpTester.text(asTurtle), org.apache.jena.riot.Lang.TURTLE)
                .toGraph().size()).isPositive();

        String firstTitle = firstVietnameseTitle(before);
        HttpResponse<byte[]> edited = put(csv.replaceFirst(java.util.regex.Pattern.quote(firstTitle), "Tên đã sửa qua bảng tính")
                .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(edited.statusCode()).as(HttpTester.text(edited)).isEqualTo(200);
        assertThat(WriteClient.json(edited).get("databases").get("changed").size()).isEqualTo(1);
        assertThat(WriteClient.json(edited).get("revision").get("format").asString()).isEqualTo("text/csv");
    }

    @Test
    void anEditedXlsxBecomesARevisionAndABrokenOneIsLocated() throws Exception {
        byte[] original = download("/api/agencies/moj/catalogue.xlsx", XLSX);
        byte[] broken = editDatabasesSheet(original, "Loại cơ sở dữ liệu", "Không phải một loại");
        HttpResponse<byte[]> refused = put(broken, XLSX);
        assertThat(refused.statusCode()).as(HttpTester.text(refused)).isEqualTo(422);
        JsonNode located = located(WriteClient.json(refused));
        assertThat(located).isNotNull();
        assertThat(located.get("location").get("sheet").asString()).isEqualTo("Cơ sở dữ liệu - Databases");
        assertThat(located.get("location").get("row").asInt()).isEqualTo(2);

        byte[] edited = editDatabasesSheet(original, "Tên cơ sở dữ liệu (tiếng Việt)", "Tên mới từ tệp XLSX");
        HttpResponse<byte[]> accepted = put(edited, XLSX);
        assertThat(accepted.statusCode()).as(HttpTester.text(accepted)).isEqualTo(200);
        assertThat(WriteClient.json(accepted).get("databases").get("changed").size()).isEqualTo(1);
    }

    @Test
    void theDryRunReadsSpreadsheetsForTheAgencyNamed() {
        byte[] csv = download("/api/agencies/moj/catalogue.csv", "text/csv");
        HttpResponse<byte[]> r = client.send("POST", "/api/validate?agency=moj", csv, "text/csv", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WriteClient.json(r).get("conforms").asBoolean()).isTrue();
        assertThat(client.send("POST", "/api/validate", csv, "text/csv", null).statusCode()).isEqualTo(400);
    }

    /** The first result that points at a cell. */
    private static JsonNode located(JsonNode report) {
        for (JsonNode result : report.get("results")) {
            if (result.has("location")) {
                return result;
            }
        }
        return null;
    }

    private static String firstVietnameseTitle(Graph g) {
        return g.find(null, WriteClient.iri("http://purl.org/dc/terms/title"), null).toList().stream()
                .filter(t -> t.getSubject().getURI().matches(".*/dataset/[^/]+$"))
                .map(t -> t.getObject()).filter(o -> "vi".equals(o.getLiteralLanguage()))
                .map(o -> o.getLiteralLexicalForm()).sorted().findFirst().orElseThrow();
    }

    /** Sets, in the first data row of the databases sheet, the cell under the header starting with {@code header}. */
    private static byte[] editDatabasesSheet(byte[] xlsx, String header, String value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Cơ sở dữ liệu - Databases");
            Row head = sheet.getRow(0);
            int column = -1;
            for (Cell c : head) {
                if (c.getStringCellValue().startsWith(header)) {
                    column = c.getColumnIndex();
                    break;
                }
            }
            assertThat(column).as("column %s", header).isNotNegative();
            Row row = sheet.getRow(1);
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            cell.setCellValue(value);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
