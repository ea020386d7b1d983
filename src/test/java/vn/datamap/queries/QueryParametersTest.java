package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/**
 * Parameters are bound as RDF terms: text meant to break out of the query is refused (400) or
 * matched as plain text (no rows), never run; unknown queries are 404 and bad values 400, as JSON
 * problems worded in the reader's language.
 */
class QueryParametersTest {
    private static final String INJECTION = "mps> } ; DROP ALL #";
    private static NamedQueryClient client;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        client = new NamedQueryClient(TestServer.shared());
        http = client.http();
    }

    private static HttpResponse<byte[]> get(String name, String... params) {
        return http.get(NamedQueryClient.path(name, params), "Accept", "application/sparql-results+json");
    }

    @Test
    void anIdThatTriesToCloseTheIriIsRefused() {
        long before = client.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        String message = ProblemBody.message(get("overdue-milestones", "today", NamedQueryClient.DAY, "agency", INJECTION), 400);
        assertThat(message).contains("agency").contains("mps>");
        assertThat(client.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).as("nothing dropped").isEqualTo(before);
    }

    @Test
    void textThatTriesToCloseTheStringIsOnlyText() {
        long before = client.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(client.rows("databases-by-keyword", "text", "\") } ; DROP ALL ; SELECT * { ?s ?p ?o #")).isEmpty();
        assertThat(client.rows("databases-by-keyword", "text", INJECTION)).isEmpty();
        assertThat(client.rows("databases-by-keyword", "text", "?database")).isEmpty();
        assertThat(client.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).isEqualTo(before);
        assertThat(client.rows("databases-by-keyword", "text", "tourism")).as("the same query still finds text").isNotEmpty();
    }

    @Test
    void unknownQueryIsNotFound() {
        ProblemBody.assertProblem(get("no-such-query"), 404);
        ProblemBody.assertProblem(get("form"), 404);
        ProblemBody.assertProblem(get("coverage.rq"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"28/11/2026", "2026-02-30", "tomorrow", "2026-11-28T00:00:00", "2026-11-28\"^^<x>"})
    void badDateIsABadRequest(String day) {
        String message = ProblemBody.message(get("overdue-milestones", "today", day), 400);
        assertThat(message).contains("today").contains("yyyy-mm-dd");
    }

    @Test
    void badValuesAreBadRequests() {
        ProblemBody.assertProblem(get("milestones-due", "days", "ninety"), 400);
        ProblemBody.assertProblem(get("milestones-due", "days", "0"), 400);
        ProblemBody.assertProblem(get("coverage-by-province", "period", "1999"), 400);
        ProblemBody.assertProblem(get("coverage", "kind", "ministries"), 400);
        ProblemBody.assertProblem(get("databases-by-kind", "agency", "no-such-agency"), 400);
        ProblemBody.assertProblem(get("national-database-dependents", "database", "ndb-nothing"), 400);
        ProblemBody.assertProblem(get("databases-by-keyword"), 400);
        ProblemBody.assertProblem(get("coverage", "agency", "mps"), 400);
        ProblemBody.assertProblem(get("coverage", "today", "2026-01-01", "today", "2026-01-02"), 400);
    }

    @Test
    void problemsAreWordedInTheReadersLanguage() {
        String vi = ProblemBody.message(get("overdue-milestones", "today", "hôm qua"), 400);
        String en = ProblemBody.message(get("overdue-milestones", "today", "yesterday", "lang", "en"), 400);
        assertThat(vi).contains("phải là một ngày");
        assertThat(en).contains("must be a date");
        assertThat(ProblemBody.message(get("nothing-here", "lang", "en"), 404)).contains("There is no named query");
    }

    @Test
    void aBrowserGetsTheErrorAsAPage() {
        HttpResponse<byte[]> response = http.get(NamedQueryClient.path("overdue-milestones", "today", "x"), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HttpTester.text(response)).contains("<html").contains("yyyy-mm-dd");
    }
}
