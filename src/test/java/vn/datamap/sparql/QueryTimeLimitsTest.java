package vn.datamap.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/**
 * Time limits, through HTTP: a named query past its limit (a millisecond here, against the tens
 * of milliseconds the demo map's overdue milestones take) is answered 503 with Retry-After in
 * either language and gives its place back; a {@code /sparql} query that reaches its limit while
 * its answer streams ends that answer with a marker the client sees, and the server logs it.
 */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class QueryTimeLimitsTest {
    /** Every pair of the demo map's triples: its first rows come at once, all of them never. */
    private static final String ENDLESS = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true)
                .property("datamap.named-query-timeout", "1")
                .property("datamap.query-timeout", "1500,1500")
                .property("datamap.query-max-rows", "1000000000"));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aNamedQueryPastItsTimeLimitIsAnswered503InEitherLanguage() {
        HttpResponse<byte[]> json = http.get("/queries/overdue-milestones", "Accept", "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(503);
        assertThat(json.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("json").doesNotContain("sparql-results");
        assertThat(HttpTester.text(json)).contains("“overdue-milestones” đã dừng vì quá giới hạn thời gian (0,001 giây")
                .doesNotContain("Exception").doesNotContain("\"results\"");

        HttpResponse<byte[]> csv = http.get("/queries/overdue-milestones?format=csv", "Cookie", "datamap-lang=en");
        assertThat(csv.statusCode()).isEqualTo(503);
        assertThat(HttpTester.text(csv)).contains("was stopped at its time limit (0.001 s to the first result, 0.001 s in all)");

        HttpResponse<byte[]> page = http.get("/queries/overdue-milestones", "Accept", "text/html", "Cookie", "datamap-lang=en");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(HttpTester.text(page)).contains("was stopped at its time limit (0.001 s to the first result, 0.001 s in all)");

        QueryGate gate = server.server().context().getBean(QueryGate.class);
        assertThat(gate.running()).as("every place is given back").isZero();
    }

    @Test
    void aSparqlAnswerCutByItsTimeLimitEndsWithAMarkerAndIsLogged(CapturedOutput output) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/sparql?query=" + URLEncoder.encode(ENDLESS, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
        HttpResponse<InputStream> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).as("the first rows came in time").isEqualTo(200);
        long total = 0;
        byte[] tail = new byte[0];
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                byte[] joined = Arrays.copyOf(tail, tail.length + n);
                System.arraycopy(buffer, 0, joined, tail.length, n);
                tail = Arrays.copyOfRange(joined, Math.max(0, joined.length - 2048), joined.length);
            }
        }
        assertThat(total).as("part of the answer went out before the limit").isGreaterThan(1 << 20);
        assertThat(new String(tail, StandardCharsets.UTF_8)).contains("Incomplete results");
        for (int i = 0; i < 50 && !output.getAll().contains("after its answer began"); i++) {
            Thread.sleep(100);
        }
        assertThat(output.getAll()).contains("A SPARQL query failed after its answer began");
    }
}
