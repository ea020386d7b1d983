package vn.datamap.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;
import vn.datamap.web.RepresentationCache;

/**
 * A dereferenced representation is rendered once per store generation and then served from the
 * {@link RepresentationCache}: the same bytes and validators again, per format and language, and
 * the new content as soon as a write lands.
 */
class CachedRepresentationTest {
    private static final String ADMIN = WriteClient.basic("admin", "admin-secret-for-cache");
    private static final String DATASET = "/dataset/csdl-0032";
    private static TestServer server;
    private static HttpTester http;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", "admin-secret-for-cache"));
        http = server.http();
        client = new WriteClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long hits() {
        return server.server().context().getBean(RepresentationCache.class).figures()[2];
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theSecondRequestIsServedFromTheCacheAndAWriteIsSeenAtOnce() {
        HttpResponse<byte[]> turtle = http.get(DATASET, "Accept", "text/turtle");
        HttpResponse<byte[]> vi = http.get(DATASET + "?lang=vi", "Accept", "text/html");
        HttpResponse<byte[]> en = http.get(DATASET + "?lang=en", "Accept", "text/html");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(vi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(body(vi)).isNotEqualTo(body(en));

        long hits = hits();
        HttpResponse<byte[]> turtleAgain = http.get(DATASET, "Accept", "text/turtle");
        HttpResponse<byte[]> enAgain = http.get(DATASET + "?lang=en", "Accept", "text/html");
        assertThat(hits()).as("both answered from the cache").isEqualTo(hits + 2);
        assertThat(turtleAgain.body()).isEqualTo(turtle.body());
        assertThat(enAgain.body()).isEqualTo(en.body());
        assertThat(turtleAgain.headers().firstValue("ETag")).isEqualTo(turtle.headers().firstValue("ETag"));
        assertThat(turtleAgain.headers().firstValue("Vary").orElseThrow().toLowerCase().split("\\s*,\\s*")).contains("accept");
        String etag = turtle.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get(DATASET, "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> update = client.send("POST", "/sparql/update", """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                INSERT DATA { GRAPH <%sgraph/catalog/moj> { <%sdataset/csdl-0032> dcat:keyword "đọc lại sau khi ghi"@vi } }
                """.formatted(server.base(), server.base()).getBytes(StandardCharsets.UTF_8), "application/sparql-update", ADMIN);
        assertThat(update.statusCode()).as(HttpTester.text(update)).isEqualTo(200);

        HttpResponse<byte[]> turtleAfter = http.get(DATASET, "Accept", "text/turtle");
        HttpResponse<byte[]> enAfter = http.get(DATASET + "?lang=en", "Accept", "text/html");
        assertThat(body(turtleAfter)).contains("đọc lại sau khi ghi");
        assertThat(body(enAfter)).contains("đọc lại sau khi ghi");
        assertThat(turtleAfter.headers().firstValue("ETag")).isNotEqualTo(turtle.headers().firstValue("ETag"));
        assertThat(http.get(DATASET, "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownResourceIsNeverCached() {
        assertThat(http.get("/dataset/no-such-database", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/dataset/no-such-database", "Accept", "text/turtle").statusCode()).isEqualTo(404);
    }
}
