package vn.datamap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * {@code GET /search} on the demo map: Vietnamese is found with or without diacritics, in NFC or
 * NFD and with either tone-mark placement; the national population database comes first for
 * "dân cư"; JSON for programs, an HTML page with a plain form for people; and the same index
 * answers {@code text:query} through {@code /sparql}.
 */
class SearchApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POPULATION = "dataset/ndb-population";
    private static final Pattern RESULT_LINK = Pattern.compile("<a class=\"search-result-link\" href=\"([^\"]*)\">([^<]*)</a>");
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        http = server.http();
    }

    private static String path(String q, String... more) {
        StringBuilder path = new StringBuilder("/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        for (String param : more) {
            path.append('&').append(param);
        }
        return path.toString();
    }

    private static JsonNode json(String q, String... more) {
        HttpResponse<byte[]> response = http.get(path(q, more), "Accept", "application/json");
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("application/json");
        return JSON.readTree(response.body());
    }

    private static List<String> iris(JsonNode answer) {
        List<String> iris = new ArrayList<>();
        answer.path("results").forEach(r -> iris.add(r.path("iri").asString()));
        return iris;
    }

    private static String page(String pathAndQuery) {
        HttpResponse<byte[]> response = http.get(pathAndQuery, "Accept", "text/html");
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        return HttpTester.text(response);
    }

    /** The result links of a page, each as {href, text}, in order. */
    private static List<String[]> resultLinks(String html) {
        List<String[]> links = new ArrayList<>();
        Matcher m = RESULT_LINK.matcher(html);
        while (m.find()) {
            links.add(new String[] {m.group(1), m.group(2)});
        }
        return links;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dan cu", "dân cư", "DÂN CƯ", "Dan Cu"})
    void thePopulationDatabaseComesFirstWithOrWithoutDiacritics(String q) {
        JsonNode answer = json(q);
        assertThat(answer.path("q").asString()).isEqualTo(q);
        assertThat(answer.path("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode first = answer.path("results").get(0);
        assertThat(first.path("iri").asString()).isEqualTo(server.base() + POPULATION);
        assertThat(first.path("type").asString()).isEqualTo("database");
        assertThat(first.path("title").path("vi").asString()).isEqualTo("Cơ sở dữ liệu quốc gia về dân cư");
        assertThat(first.path("title").path("en").asString()).isEqualTo("National Population Database");
        assertThat(first.path("href").asString()).isEqualTo("/" + POPULATION);
        assertThat(first.path("score").asDouble()).isPositive();
        assertThat(first.path("snippet").asString()).isNotBlank();
    }

    @Test
    void theNfdSpellingFindsWhatTheNfcSpellingFinds() {
        String nfd = Normalizer.normalize("dân cư", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("dân cư");
        List<String> found = iris(json(nfd));
        assertThat(found).isEqualTo(iris(json("dân cư"))).isEqualTo(iris(json("dan cu")));
        assertThat(found.get(0)).isEqualTo(server.base() + POPULATION);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Hoà Bình, Hòa Bình", "Khánh Hoà, Khánh Hòa", "Uỷ ban Dân tộc, Ủy ban Dân tộc", "Hoà Bình, hoa binh"})
    void toneMarkPlacementGivesIdenticalResults(String oldStyle, String newStyle) {
        JsonNode before = json(oldStyle);
        JsonNode after = json(newStyle);
        assertThat(iris(before)).isNotEmpty().isEqualTo(iris(after));
        assertThat(before.path("total").asInt()).isEqualTo(after.path("total").asInt());
    }

    @Test
    void provincesAreFoundByNameAndTyped() {
        JsonNode answer = json("Hòa Bình", "type=province");
        assertThat(iris(answer)).first().isEqualTo(server.base() + "agency/vn63-hoa-binh");
        answer.path("results").forEach(r -> assertThat(r.path("type").asString()).isEqualTo("province"));
        assertThat(iris(json("Ủy ban Dân tộc", "type=agency"))).contains(server.base() + "agency/cema");
    }

    @Test
    void theTypeFilterKeepsToOneKind() {
        JsonNode databases = json("dan cu", "type=database");
        assertThat(databases.path("results").size()).isPositive();
        databases.path("results").forEach(r -> assertThat(r.path("type").asString()).isEqualTo("database"));
        assertThat(iris(json("dan cu", "type=province"))).doesNotContain(server.base() + POPULATION);
    }

    @Test
    void limitCapsTheResultsButNotTheTotal() {
        JsonNode one = json("co so du lieu", "limit=1");
        assertThat(one.path("results").size()).isEqualTo(1);
        assertThat(one.path("total").asInt()).isGreaterThan(1);
        assertThat(json("co so du lieu", "limit=1000").path("results").size()).isLessThanOrEqualTo(SearchService.MAX_LIMIT);
        assertThat(json("co so du lieu").path("results").size()).isEqualTo(Math.min(SearchService.DEFAULT_LIMIT, one.path("total").asInt()));
    }

    @Test
    void luceneSyntaxInTheQueryIsTakenAsText() {
        assertThat(iris(json("(dân\" cư* AND:"))).first().isEqualTo(server.base() + POPULATION);
    }

    @Test
    void nothingFoundIsAnEmptyAnswer() {
        JsonNode answer = json("xyzzyqwv");
        assertThat(answer.path("total").asInt()).isZero();
        assertThat(answer.path("results").isArray()).isTrue();
        assertThat(answer.path("results").size()).isZero();
    }

    @Test
    void badRequestsAreJsonProblems() {
        ProblemBody.assertProblem(http.get("/search?q=", "Accept", "application/json"), 400);
        ProblemBody.assertProblem(http.get("/search", "Accept", "application/json"), 400);
        ProblemBody.assertProblem(http.get(path("dan cu", "type=river"), "Accept", "application/json"), 400);
        ProblemBody.assertProblem(http.get(path("dan cu", "limit=0"), "Accept", "application/json"), 400);
        ProblemBody.assertProblem(http.get(path("dan cu", "limit=many"), "Accept", "application/json"), 400);
    }

    @Test
    void theHtmlPageListsThePopulationDatabaseFirst() {
        String html = page(path("dân cư"));
        assertThat(html).containsPattern("<form id=\"search-form\"[^>]*method=\"get\"[^>]*action=\"/search\"");
        assertThat(html).containsPattern("<input id=\"search-q\" type=\"search\" name=\"q\" value=\"dân cư\"");
        List<String[]> links = resultLinks(html);
        assertThat(links).isNotEmpty();
        assertThat(links.get(0)).containsExactly("/" + POPULATION, "Cơ sở dữ liệu quốc gia về dân cư");
        assertThat(html).doesNotContain("id=\"search-none\"");
    }

    @Test
    void theHtmlPageIsInEnglishOnRequest() {
        String html = page(path("dan cu", "lang=en"));
        assertThat(html).contains("<html lang=\"en\"");
        assertThat(resultLinks(html).get(0)).containsExactly("/" + POPULATION, "National Population Database");
        assertThat(html).containsPattern("<button id=\"search-submit\" type=\"submit\">Search</button>");
    }

    @Test
    void anEmptyQueryShowsJustTheForm() {
        String html = page("/search");
        assertThat(html).contains("<html lang=\"vi\"").contains("name=\"q\"").contains("id=\"search-form\"");
        assertThat(html).doesNotContain("id=\"search-answer\"");
    }

    @Test
    void theHtmlPageSaysWhenNothingIsFound() {
        String html = page(path("xyzzyqwv"));
        assertThat(html).containsPattern("<p id=\"search-none\">[^<]*xyzzyqwv");
        assertThat(html).doesNotContain("id=\"search-results\"");
    }

    @Test
    void theAnswerVariesWithAccept() {
        HttpResponse<byte[]> response = http.get(path("dan cu"));
        assertThat(Headers.mediaType(response)).isEqualTo("application/json");
        assertThat(Headers.vary(response)).contains("accept");
        ProblemBody.assertProblem(http.get(path("dan cu"), "Accept", "image/png"), 406);
    }

    @Test
    void sparqlTextQueryFindsThePopulationDatabaseOnTheLiveMap() {
        ResultSet rows = http.select(Sparql.PREFIXES + """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s ?score { (?s ?score) text:query "dan cu" }""");
        List<String> found = new ArrayList<>();
        rows.forEachRemaining(row -> found.add(row.getResource("s").getURI()));
        assertThat(found).contains(server.base() + POPULATION);

        ResultSet best = http.select(Sparql.PREFIXES + """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s (MAX(?sc) AS ?score) { (?s ?sc) text:query "dân cư" . ?s a dm:Database }
                GROUP BY ?s ORDER BY DESC(?score) LIMIT 1""");
        QuerySolution first = best.next();
        assertThat(first.getResource("s").getURI()).isEqualTo(server.base() + POPULATION);
    }

    @Test
    void sparqlTextQueryFoldsTheSameWay() {
        String query = Sparql.PREFIXES + """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { (?s ?score) text:query "%s" . ?s a dm:Agency } ORDER BY ?s""";
        List<String> oldStyle = column(query.formatted("Hoà Bình"));
        assertThat(oldStyle).contains(server.base() + "agency/vn63-hoa-binh").isEqualTo(column(query.formatted("Hòa Bình")))
                .isEqualTo(column(query.formatted("hoa binh")));
    }

    @Test
    void sparqlTextQueryCanNameAFieldOrAProperty() {
        String query = Sparql.PREFIXES + """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { (?s ?score) text:query %s } ORDER BY ?s""";
        assertThat(column(query.formatted("\"description:(+cong +dan)\"")))
                .contains(server.base() + POPULATION).isEqualTo(column(query.formatted("(dct:description \"+công +dân\")")));
    }

    private static List<String> column(String query) {
        List<String> values = new ArrayList<>();
        http.select(query).forEachRemaining(row -> values.add(row.getResource("s").getURI()));
        return values;
    }
}
