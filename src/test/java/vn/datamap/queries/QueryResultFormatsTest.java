package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * A named query answers as {@code /sparql} would: every SPARQL results format by Accept or
 * {@code format}, JSON when anything goes, the same rows in each; a readable page for a browser
 * with the title, the form, links and labels; conditional GET.
 */
class QueryResultFormatsTest {
    private static final String[] PARAMS = {"today", NamedQueryClient.DAY, "agency", "vn63-ha-giang"};
    private static NamedQueryClient client;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        client = new NamedQueryClient(TestServer.shared());
        http = client.http();
    }

    private static HttpResponse<byte[]> get(String accept, String... extra) {
        String[] params = new String[PARAMS.length + extra.length];
        System.arraycopy(PARAMS, 0, params, 0, PARAMS.length);
        System.arraycopy(extra, 0, params, PARAMS.length, extra.length);
        return http.get(NamedQueryClient.path("overdue-milestones", params), "Accept", accept);
    }

    private static List<Binding> parse(HttpResponse<byte[]> response, Lang lang) {
        List<Binding> rows = new ArrayList<>();
        RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang)).forEachRemaining(rows::add);
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json,RS_JSON", "application/sparql-results+xml,RS_XML",
        "text/tab-separated-values,RS_TSV", "text/csv,RS_CSV"})
    void everyResultsFormatByAcceptHasTheSameRows(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> response = get(mediaType);
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo(mediaType);
        assertThat(Headers.vary(response)).contains("accept");
        List<Binding> rows = parse(response, (Lang) ResultSetLang.class.getField(lang).get(null));
        List<Binding> reference = client.rows("overdue-milestones", PARAMS);
        assertThat(reference).as("Ha Giang has 9 overdue milestones on %s (demo README)", NamedQueryClient.DAY).hasSize(9);
        if (mediaType.equals("text/csv")) {
            assertThat(lexical(rows)).isEqualTo(lexical(reference));
        } else {
            assertThat(rows).isEqualTo(reference);
        }
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"json,application/sparql-results+json", "xml,application/sparql-results+xml", "csv,text/csv",
        "tsv,text/tab-separated-values", "html,text/html"})
    void formatParameterWinsOverAccept(String format, String mediaType) {
        HttpResponse<byte[]> response = get("application/sparql-results+json;q=0.1, text/html", "format", format);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo(mediaType);
    }

    @Test
    void jsonWhenAnythingGoesOrNoAccept() {
        assertThat(Headers.mediaType(get("*/*"))).isEqualTo("application/sparql-results+json");
        assertThat(Headers.mediaType(http.get(NamedQueryClient.path("overdue-milestones", PARAMS))))
                .isEqualTo("application/sparql-results+json");
        assertThat(Headers.mediaType(get("application/json"))).isEqualTo("application/sparql-results+json");
        assertThat(get("image/png").statusCode()).isEqualTo(406);
        assertThat(get("text/html", "format", "pdf").statusCode()).isEqualTo(406);
    }

    @Test
    void browserGetsAReadableTableWithLabelsLinksAndTheForm() {
        HttpResponse<byte[]> response = get("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        String page = HttpTester.text(response);
        assertThat(page).contains("<h1>Mốc lộ trình quá hạn</h1>").contains("9 dòng")
                .containsPattern("<form[^>]*action=\"/queries/overdue-milestones\"")
                .containsPattern("<input[^>]*name=\"today\"[^>]*value=\"" + NamedQueryClient.DAY + "\"")
                .containsPattern("<input[^>]*name=\"agency\"[^>]*value=\"vn63-ha-giang\"")
                .as("database titles as link text").contains("Cơ sở dữ liệu du lịch tỉnh Hà Giang</a>")
                .as("owner today labelled").contains(">Tỉnh Tuyên Quang</a>")
                .as("IRIs are links").contains("href=\"" + client.iri("dataset/csdl-0154") + "\"")
                .as("column titles").contains("Số ngày chậm").contains("Chủ quản hiện nay")
                .as("codes shown by their labels").contains("Đang triển khai").doesNotContain(">in-progress<")
                .as("label columns folded").doesNotContain(">databaseLabelEn<").doesNotContain("Ha Giang tourism database")
                .contains("format=csv").contains("/sparql?query=").doesNotContain("<script");
        String english = HttpTester.text(get("text/html", "lang", "en"));
        assertThat(english).contains("<h1>Overdue roadmap milestones</h1>").contains("Ha Giang tourism database</a>")
                .contains("Days late").contains("9 rows").contains("In progress");
        String kinds = HttpTester.text(http.get(NamedQueryClient.path("coverage-by-kind", "today", NamedQueryClient.DAY),
                "Accept", "text/html"));
        assertThat(kinds).as("a labelled code column").contains("Thành phố trực thuộc Trung ương").contains("Tất cả");
    }

    @Test
    void emptyResultsSaySo() {
        String page = HttpTester.text(http.get(NamedQueryClient.path("overdue-milestones", "today", "2000-01-01"),
                "Accept", "text/html"));
        assertThat(page).contains("0 dòng").contains("Không có kết quả nào.");
    }

    @Test
    void answersNotModifiedToItsOwnEtag() {
        HttpResponse<byte[]> first = get("text/csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.get(NamedQueryClient.path("overdue-milestones", PARAMS), "Accept", "text/csv",
                "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<byte[]> otherDay = http.get(NamedQueryClient.path("overdue-milestones", "today", "2026-11-27",
                "agency", "vn63-ha-giang"), "Accept", "text/csv", "If-None-Match", etag);
        assertThat(otherDay.statusCode()).as("another parameter value is another response").isEqualTo(200);
    }

    private static List<List<String>> lexical(List<Binding> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Binding b : rows) {
            List<String> values = new ArrayList<>();
            b.vars().forEachRemaining(v -> values.add(v.getVarName() + "=" + (b.get(v).isURI() ? b.get(v).getURI()
                    : b.get(v).getLiteralLexicalForm())));
            values.sort(null);
            out.add(values);
        }
        return out;
    }
}
