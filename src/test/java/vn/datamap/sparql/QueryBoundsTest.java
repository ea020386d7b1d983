package vn.datamap.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * Public SPARQL is bounded: a row cap lowers LIMIT and says so, a query beyond the configured
 * number running at once is answered 503 with Retry-After at once, and health and pages keep
 * answering while a heavy query runs until its time limit.
 */
@Tag("slow")
class QueryBoundsTest {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true)
                .property("datamap.query-concurrency", "1")
                .property("datamap.query-max-rows", "5")
                .property("datamap.query-timeout", "4000,4000"));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> query(String query) {
        return http.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
    }

    private static int rows(HttpResponse<byte[]> r) {
        JsonNode json = JsonMapper.builder().build().readTree(r.body());
        return json.get("results").get("bindings").size();
    }

    @Test
    void theRowCapLowersTheLimitAndSaysSo() {
        HttpResponse<byte[]> unbounded = query("SELECT * { ?s ?p ?o }");
        assertThat(unbounded.statusCode()).isEqualTo(200);
        assertThat(rows(unbounded)).isEqualTo(5);
        assertThat(unbounded.headers().firstValue("Datamap-Result-Limit")).hasValue("5");

        HttpResponse<byte[]> small = query("SELECT * { ?s ?p ?o } LIMIT 3");
        assertThat(rows(small)).isEqualTo(3);
        assertThat(small.headers().firstValue("Datamap-Result-Limit")).isEmpty();

        HttpResponse<byte[]> large = query("SELECT * { ?s ?p ?o } LIMIT 500");
        assertThat(rows(large)).isEqualTo(5);
        assertThat(large.headers().firstValue("Datamap-Result-Limit")).hasValue("5");
    }

    /** A named query takes a place like any SPARQL query: with every place taken, 503 at once, in JSON or as a page. */
    @Test
    void aNamedQueryBeyondTheConcurrencyLimitIsAnswered503AtOnce() {
        QueryGate gate = server.server().context().getBean(QueryGate.class);
        assertThat(http.get("/queries/coverage", "Accept", "application/sparql-results+json").statusCode()).isEqualTo(200);
        assertThat(gate.running()).as("the place is given back after the answer").isZero();
        assertThat(gate.tryEnter()).as("the test holds the only place").isTrue();
        try {
            HttpResponse<byte[]> json = http.get("/queries/coverage", "Accept", "application/sparql-results+json");
            assertThat(json.statusCode()).isEqualTo(503);
            assertThat(json.headers().firstValue("Retry-After")).isPresent();
            assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("json");
            assertThat(HttpTester.text(json)).contains("1 truy vấn SPARQL đang chạy").doesNotContain("Exception");

            HttpResponse<byte[]> page = http.get("/queries/coverage", "Accept", "text/html", "Cookie", "datamap-lang=en");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(HttpTester.text(page)).contains("1 SPARQL queries are running");

            HttpResponse<byte[]> sparql = query("ASK { ?s ?p ?o }");
            assertThat(sparql.statusCode()).as("/sparql shares the places").isEqualTo(503);
            assertThat(http.get("/queries", "Accept", "application/json").statusCode()).as("the library is no query").isEqualTo(200);
        } finally {
            gate.leave();
        }
        assertThat(http.get("/queries/coverage", "Accept", "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void aQueryBeyondTheConcurrencyLimitIsAnswered503AtOnceWhileHealthAndPagesAnswer() throws Exception {
        // Start the heavy query and give it time to take the only place (again, should it lose the race).
        CompletableFuture<HttpResponse<byte[]>> heavy = null;
        for (int attempt = 0; attempt < 5 && (heavy == null || heavy.isDone()); attempt++) {
            heavy = CompletableFuture.supplyAsync(() -> query(HEAVY));
            Thread.sleep(500);
        }
        assertThat(heavy).as("the heavy query runs past its first half second").isNotDone();
        HttpResponse<byte[]> refused = null;
        for (int i = 0; i < 20 && refused == null; i++) {
            HttpResponse<byte[]> r = query("ASK { ?s ?p ?o }");
            if (r.statusCode() == 503) {
                refused = r;
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(refused).as("a second query while the heavy one runs").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(HttpTester.text(refused)).contains("1 truy vấn SPARQL đang chạy").doesNotContain("Exception");
        HttpResponse<byte[]> english = http.get("/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json", "Cookie", "datamap-lang=en");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(HttpTester.text(english)).contains("1 SPARQL queries are running");

        assertThat(heavy).isNotDone();
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/catalog/moj", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(http.get("/dataset/ndb-population", "Accept", "text/html").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> timedOut = heavy.get(60, TimeUnit.SECONDS);
        assertThat(timedOut.statusCode()).isEqualTo(503);
        assertThat(timedOut.headers().firstValue("Retry-After")).isPresent();
        // The place is free again.
        assertThat(query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
    }
}
