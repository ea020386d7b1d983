package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.Canary;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * {@code POST /sparql/update}: the administrator's SPARQL Update goes through the one write path
 * — validated, written in one transaction over every catalogue it touches, recorded as revisions —
 * and LOAD fetches only where the outbound guard lets it, redirects included.
 */
class SparqlUpdateTest {
    private static final String ADMIN_PASSWORD = "admin-secret-for-updates";
    private static final String ADMIN = WriteClient.basic("admin", ADMIN_PASSWORD);
    private static final String PREFIXES = """
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dm: <https://w3id.org/vndatamap/ns#>
            """;
    private static TestServer server;
    private static WriteClient client;
    private static Canary canary;
    private static HttpServer source;

    @BeforeAll
    static void start() throws IOException {
        canary = Canary.start();
        source = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        source.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/redirect")) {
                exchange.getResponseHeaders().add("Location", canary.url() + "/stolen.ttl");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] body = loadedCatalogue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        source.start();
        String allowed = "127.0.0.1:" + source.getAddress().getPort();
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", ADMIN_PASSWORD)
                .property("datamap.outbound-allow", allowed));
        client = new WriteClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        source.stop(0);
        canary.close();
    }

    /** A catalogue for moet as an agency would publish it on its own site, relative IRIs resolved by the server. */
    private static String loadedCatalogue() {
        String base = server.base();
        return """
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <%sdataset/csdl-0023> dcat:keyword "tải bằng LOAD"@vi .
                """.formatted(base);
    }

    private static HttpResponse<byte[]> update(String text, String auth) {
        return client.send("POST", "/sparql/update", text.getBytes(StandardCharsets.UTF_8), "application/sparql-update", auth);
    }

    private static String graph(String agency) {
        return "<" + server.base() + "graph/catalog/" + agency + ">";
    }

    private static String iri(String relative) {
        return "<" + server.base() + relative + ">";
    }

    private static int revisions(String agency) {
        return WriteClient.json(client.get("/api/agencies/" + agency + "/revisions", ADMIN)).get("revisions").size();
    }

    private static boolean stored(String agency, String s, String p, Node o) {
        Graph g = client.storedGraph(agency);
        return g.contains(NodeFactory.createURI(server.base() + s), NodeFactory.createURI(p), o);
    }

    @Test
    void anUpdateThatConformsIsLiveAndRecordedAsARevision() {
        int before = revisions("moj");
        HttpResponse<byte[]> r = update(PREFIXES + """
                INSERT DATA { GRAPH %s { %s dcat:keyword "cập nhật bằng SPARQL"@vi } }
                """.formatted(graph("moj"), iri("dataset/csdl-0032")), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        JsonNode body = WriteClient.json(r);
        assertThat(body.get("status").asString()).isEqualTo("accepted");
        assertThat(body.get("catalogues").get(0).get("agency").asString()).isEqualTo("moj");
        assertThat(body.get("catalogues").get(0).get("databases").get("changed").toString()).contains("csdl-0032");
        assertThat(stored("moj", "dataset/csdl-0032", "http://www.w3.org/ns/dcat#keyword",
                NodeFactory.createLiteralLang("cập nhật bằng SPARQL", "vi"))).isTrue();
        assertThat(revisions("moj")).isEqualTo(before + 1);
        JsonNode latest = WriteClient.json(client.get("/api/agencies/moj/revisions", ADMIN)).get("revisions").get(0);
        assertThat(latest.toString()).contains("update").contains("admin");
    }

    @Test
    void theWherePatternSeesTheUnionOfTheMapAsItsDefaultGraph() {
        HttpResponse<byte[]> r = update(PREFIXES + """
                INSERT { GRAPH %s { ?db dcat:keyword "sức khỏe"@vi } }
                WHERE { ?db a dm:Database ; dct:publisher %s . FILTER NOT EXISTS { ?db dcat:keyword "sức khỏe"@vi } }
                """.formatted(graph("moh"), iri("agency/moh")), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        assertThat(WriteClient.json(r).get("status").asString()).isEqualTo("accepted");
        Graph g = client.storedGraph("moh");
        long keyworded = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#keyword"),
                NodeFactory.createLiteralLang("sức khỏe", "vi")).toList().size();
        long databases = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://w3id.org/vndatamap/ns#Database")).toList().size();
        assertThat(keyworded).isPositive().isEqualTo(databases);
    }

    @Test
    void anUpdateThatBreaksTheShapesChangesNothing() {
        Graph before = client.storedGraph("moj");
        int revisions = revisions("moj");
        HttpResponse<byte[]> r = update(PREFIXES + """
                DELETE WHERE { GRAPH %s { %s dct:title ?t } }
                """.formatted(graph("moj"), iri("dataset/csdl-0032")), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(422);
        JsonNode body = WriteClient.json(r);
        assertThat(body.get("catalogues").get(0).get("violations").asInt()).isPositive();
        assertThat(body.get("catalogues").get(0).get("results").toString()).contains("csdl-0032");
        assertThat(client.storedGraph("moj").isIsomorphicWith(before)).isTrue();
        assertThat(revisions("moj")).isEqualTo(revisions);
    }

    @Test
    void twoCataloguesChangeTogetherOrNotAtAll() {
        Graph mojBefore = client.storedGraph("moj");
        int mojRevisions = revisions("moj");
        HttpResponse<byte[]> broken = update(PREFIXES + """
                INSERT DATA { GRAPH %s { %s dcat:keyword "cả hai"@vi } } ;
                DELETE WHERE { GRAPH %s { ?db dct:title ?t } }
                """.formatted(graph("moj"), iri("dataset/csdl-0032"), graph("mot")), ADMIN);
        assertThat(broken.statusCode()).as(HttpTester.text(broken)).isEqualTo(422);
        assertThat(WriteClient.json(broken).get("catalogues").get(0).get("agency").asString()).isEqualTo("mot");
        assertThat(client.storedGraph("moj").isIsomorphicWith(mojBefore)).isTrue();
        assertThat(revisions("moj")).isEqualTo(mojRevisions);

        int motRevisions = revisions("mot");
        HttpResponse<byte[]> both = update(PREFIXES + """
                INSERT DATA { GRAPH %s { %s dcat:keyword "cả hai"@vi } } ;
                INSERT { GRAPH %s { ?db dcat:keyword "cả hai"@vi } } WHERE { GRAPH %s { ?db a dm:Database } }
                """.formatted(graph("moj"), iri("dataset/csdl-0032"), graph("mot"), graph("mot")), ADMIN);
        assertThat(both.statusCode()).as(HttpTester.text(both)).isEqualTo(200);
        assertThat(WriteClient.json(both).get("catalogues").size()).isEqualTo(2);
        assertThat(revisions("moj")).isEqualTo(mojRevisions + 1);
        assertThat(revisions("mot")).isEqualTo(motRevisions + 1);
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        int revisions = revisions("moj");
        HttpResponse<byte[]> r = update(PREFIXES + """
                DELETE DATA { GRAPH %s { %s dct:title "no such title"@vi } }
                """.formatted(graph("moj"), iri("dataset/csdl-0032")), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        assertThat(WriteClient.json(r).get("status").asString()).isEqualTo("unchanged");
        assertThat(revisions("moj")).isEqualTo(revisions);
    }

    @Test
    void loadFetchesFromAnAllowedAddressIntoTheNamedCatalogue() {
        canary.reset();
        HttpResponse<byte[]> r = update("LOAD <http://127.0.0.1:" + source.getAddress().getPort() + "/moet.ttl> INTO GRAPH "
                + graph("moet"), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        assertThat(stored("moet", "dataset/csdl-0023", "http://www.w3.org/ns/dcat#keyword",
                NodeFactory.createLiteralLang("tải bằng LOAD", "vi"))).isTrue();
        assertThat(canary.requests()).isEmpty();
    }

    @Test
    void loadNeverFollowsARedirectToAnAddressTheGuardRefuses() {
        canary.reset();
        HttpResponse<byte[]> r = update("LOAD <http://127.0.0.1:" + source.getAddress().getPort() + "/redirect> INTO GRAPH "
                + graph("moj"), ADMIN);
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(403);
        assertThat(HttpTester.text(r)).contains("does not fetch");
        assertThat(canary.requests()).isEmpty();
    }

    @Test
    void formsWorkAndOtherBodiesAreRefused() {
        String text = PREFIXES + "DELETE DATA { GRAPH " + graph("moj") + " { " + iri("dataset/csdl-0032") + " dct:title \"x\" } }";
        HttpResponse<byte[]> form = client.send("POST", "/sparql/update",
                ("update=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", ADMIN);
        assertThat(form.statusCode()).as(HttpTester.text(form)).isEqualTo(200);
        HttpResponse<byte[]> json = client.send("POST", "/sparql/update", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json", ADMIN);
        assertThat(json.statusCode()).isEqualTo(415);
    }
}
