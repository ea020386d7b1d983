package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * {@code GET /queries} lists the library: JSON for programs with each query's titles,
 * descriptions, parameters, SPARQL text and link; a page for people (Vietnamese, or English with
 * {@code ?lang=en}) with a form per query that works without script and a link to the editor.
 */
class QueryListingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> REQUIRED = List.of("coverage", "coverage-by-kind", "coverage-by-province",
            "databases-by-kind", "milestones-by-status", "databases-by-sector", "databases-by-agency",
            "overdue-milestones", "milestones-due", "roadmap-by-quarter", "national-database-dependents",
            "catalogues-of-former-bodies", "reorganisation-2025", "databases-by-keyword");
    private static HttpTester http;

    @BeforeAll
    static void start() {
        http = TestServer.shared().http();
    }

    private static JsonNode listing() {
        HttpResponse<byte[]> response = http.get("/queries", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("application/json");
        assertThat(Headers.vary(response)).contains("accept");
        return JSON.readTree(response.body());
    }

    @Test
    void jsonListsEveryQueryWithItsTitlesParametersAndText() {
        JsonNode queries = listing().path("queries");
        List<String> names = new ArrayList<>();
        queries.forEach(q -> names.add(q.path("name").asString()));
        assertThat(names).containsAll(REQUIRED);
        for (JsonNode q : queries) {
            String name = q.path("name").asString();
            assertThat(q.path("href").asString()).isEqualTo("/queries/" + name);
            assertThat(q.path("title").path("vi").asString()).as(name).isNotBlank();
            assertThat(q.path("title").path("en").asString()).as(name).isNotBlank();
            assertThat(q.path("description").path("vi").asString()).as(name).isNotBlank();
            assertThat(q.path("description").path("en").asString()).as(name).isNotBlank();
            assertThat(q.path("sparql").asString()).as(name).contains("SELECT").doesNotContain("#+");
            assertThat(q.path("parameters").isArray()).isTrue();
            for (JsonNode p : q.path("parameters")) {
                assertThat(p.path("name").asString()).isNotBlank();
                assertThat(p.path("type").asString()).isIn("iri", "agency-id", "database-id", "concept", "date",
                        "integer", "string", "choice");
                assertThat(p.path("required").isBoolean()).isTrue();
                assertThat(p.has("default")).isTrue();
                assertThat(p.path("description").path("vi").asString()).isNotBlank();
                assertThat(p.path("description").path("en").asString()).isNotBlank();
                assertThat(q.path("sparql").asString()).contains("?" + p.path("name").asString());
            }
        }
    }

    @Test
    void jsonDescribesParametersWithTypesAndDefaults() {
        JsonNode due = null;
        for (JsonNode q : listing().path("queries")) {
            if (q.path("name").asString().equals("milestones-due")) {
                due = q;
            }
        }
        assertThat(due).isNotNull();
        JsonNode days = due.path("parameters").get(0);
        assertThat(days.path("name").asString()).isEqualTo("days");
        assertThat(days.path("type").asString()).isEqualTo("integer");
        assertThat(days.path("default").asString()).isEqualTo("90");
        assertThat(days.path("required").asBoolean()).isFalse();
        JsonNode today = due.path("parameters").get(1);
        assertThat(today.path("type").asString()).isEqualTo("date");
        assertThat(today.path("default").asString()).isEqualTo("today");
    }

    @Test
    void pageIsVietnameseByDefaultWithAFormPerQueryAndNoScript() {
        String page = page("/queries");
        assertThat(page).contains("lang=\"vi\"").contains("Truy vấn mẫu về bản đồ dữ liệu")
                .contains("Độ phủ danh mục theo cơ quan").contains("Mốc lộ trình quá hạn")
                .doesNotContain("<script");
        for (String name : REQUIRED) {
            assertThat(page).as("form of %s", name).containsPattern("<form[^>]*action=\"/queries/" + name + "\"");
        }
        assertThat(page).as("GET forms").doesNotContainPattern("<form[^>]*method=\"post\"");
        assertThat(page).as("a date field").containsPattern("<input[^>]*type=\"date\"[^>]*name=\"today\"");
        assertThat(page).as("a choice").containsPattern("<select[^>]*name=\"period\"");
        assertThat(page).as("agency kinds offered by code").contains("<option value=\"ministry\"");
        assertThat(page).as("agency ids suggested").containsPattern("<datalist id=\"agency-ids\"")
                .contains("<option value=\"vn63-ha-giang\"");
        assertThat(page).contains("PREFIX dm:").contains("Mở trong trình soạn truy vấn");
    }

    @Test
    void englishWithLangEn() {
        String page = page("/queries?lang=en");
        assertThat(page).contains("lang=\"en\"").contains("Named map queries").contains("Catalogue coverage by agency")
                .contains("Open in the query editor").doesNotContain("Độ phủ danh mục theo cơ quan");
    }

    @Test
    void editorLinksCarryTheWholeQueryText() throws Exception {
        String page = page("/queries");
        Matcher m = Pattern.compile("href=\"/sparql\\?query=([^\"]+)\"").matcher(page);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(REQUIRED.size());
        JsonNode first = listing().path("queries").get(0);
        assertThat(texts).contains(first.path("sparql").asString());
        String editor = first.path("editor").asString();
        assertThat(URLDecoder.decode(editor.substring(editor.indexOf('=') + 1), StandardCharsets.UTF_8))
                .isEqualTo(first.path("sparql").asString());
    }

    @Test
    void everyQueryTextRunsAsItIsOnSparql() {
        // The editor's copy has no parameters bound: optional ones stay unbound, "today" falls back to NOW().
        for (JsonNode q : listing().path("queries")) {
            var rows = http.select(q.path("sparql").asString());
            if (!q.path("name").asString().equals("databases-by-keyword")) {
                assertThat(rows.hasNext()).as("%s run on /sparql without parameters", q.path("name").asString()).isTrue();
            }
        }
    }

    @Test
    void formatParameterChoosesAndUnknownFormatIsRefused() {
        assertThat(Headers.mediaType(http.get("/queries?format=html"))).isEqualTo("text/html");
        assertThat(Headers.mediaType(http.get("/queries?format=json", "Accept", "text/html"))).isEqualTo("application/json");
        assertThat(http.get("/queries", "Accept", "image/png").statusCode()).isEqualTo(406);
    }

    private static String page(String path) {
        HttpResponse<byte[]> response = http.get(path, "Accept", "text/html");
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        return HttpTester.text(response);
    }
}
