package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * A catalogue's life through the one write path: GET then PUT changes nothing, edits become
 * revisions that can be restored, dropped databases answer 410, a mass removal needs
 * confirmation, stale edits are refused, text is stored in NFC, and two concurrent submissions
 * never mix.
 */
class SubmissionLifecycleTest {
    private static final String ADMIN_PASSWORD = "admin-secret-for-lifecycle";
    private static final String ADMIN = WriteClient.basic("admin", ADMIN_PASSWORD);
    private static final String DCT = "http://purl.org/dc/terms/";
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", ADMIN_PASSWORD));
        client = new WriteClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> put(String agency, byte[] body, String... headers) {
        return client.send("PUT", "/api/agencies/" + agency + "/catalogue", body, "text/turtle", ADMIN, headers);
    }

    private static Node iri(String relative) {
        return NodeFactory.createURI(server.base() + relative);
    }

    private static int revisions(String agency) {
        return WriteClient.json(client.get("/api/agencies/" + agency + "/revisions", ADMIN)).get("revisions").size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void whatGetReturnsPutBackChangesNothing(String mediaType) {
        HttpResponse<byte[]> got = server.http().get("/catalog/moh", "Accept", mediaType);
        assertThat(got.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        Set<String> before = client.dump();
        int revisionsBefore = revisions("moh");
        HttpResponse<byte[]> back = client.send("PUT", "/api/agencies/moh/catalogue", got.body(), mediaType, ADMIN);
        assertThat(back.statusCode()).as(HttpTester.text(back)).isEqualTo(200);
        assertThat(WriteClient.json(back).get("status").asString()).isEqualTo("unchanged");
        assertThat(client.dump()).isEqualTo(before);
        assertThat(revisions("moh")).isEqualTo(revisionsBefore);
    }

    /**
     * A submission is checked as if it repeated nothing the server derives while the derived
     * statements are worked out on another thread; one that does repeat some, without the
     * current owner that marks a fetched catalogue, is checked again without them.
     */
    @Test
    void derivedStatementsSentBackWithoutTheCurrentOwnerChangeNothing() {
        Graph published = RDFParser.fromString(HttpTester.text(server.http().get("/catalog/moh", "Accept", "text/turtle")),
                Lang.TURTLE).base(server.base()).toGraph();
        published.remove(null, NodeFactory.createURI("https://w3id.org/vndatamap/ns#currentOwner"), null);
        Graph stored = client.storedGraph("moh");
        assertThat(published.find().filterDrop(stored::contains).toList()).as("derived statements still sent").isNotEmpty();
        Set<String> before = client.dump();
        int revisionsBefore = revisions("moh");
        HttpResponse<byte[]> back = put("moh", turtle(published));
        assertThat(back.statusCode()).as(HttpTester.text(back)).isEqualTo(200);
        assertThat(WriteClient.json(back).get("status").asString()).isEqualTo("unchanged");
        assertThat(client.dump()).isEqualTo(before);
        assertThat(revisions("moh")).isEqualTo(revisionsBefore);
    }

    @Test
    void resendingAnOlderFileChangesNothing() {
        Graph older = copy(client.storedGraph("mof"));
        Node catalogue = iri("catalog/mof");
        older.remove(catalogue, NodeFactory.createURI(DCT + "modified"), null);
        older.add(catalogue, NodeFactory.createURI(DCT + "modified"),
                NodeFactory.createLiteralDT("2020-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        int before = revisions("mof");
        HttpResponse<byte[]> r = put("mof", turtle(older));
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        assertThat(WriteClient.json(r).get("status").asString()).isEqualTo("unchanged");
        assertThat(revisions("mof")).isEqualTo(before);
    }

    @Test
    void editsBecomeRevisionsThatCanBeRestored() {
        Graph original = client.storedGraph("moet");
        int first = revisions("moet");
        assertThat(first).as("the demo catalogue was recorded at start").isGreaterThanOrEqualTo(1);
        Graph edited = copy(original);
        Node db = edited.find(null, NodeFactory.createURI(DCT + "identifier"), null).toList().stream()
                .filter(t -> t.getSubject().getURI().contains("/dataset/")).findFirst().orElseThrow().getSubject();
        Node title = NodeFactory.createURI(DCT + "title");
        edited.remove(db, title, null);
        edited.add(db, title, NodeFactory.createLiteralLang("Tên mới của cơ sở dữ liệu", "vi"));
        HttpResponse<byte[]> r = put("moet", turtle(edited));
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        JsonNode summary = WriteClient.json(r);
        assertThat(summary.get("databases").get("changed").size()).isEqualTo(1);
        assertThat(summary.get("databases").get("added").size()).isZero();
        assertThat(summary.get("revision").get("number").asInt()).isEqualTo(first + 1);
        // The changed database's modification date moved to today; the others kept theirs.
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Graph stored = client.storedGraph("moet");
        assertThat(stored.find(db, NodeFactory.createURI(DCT + "modified"), null).next().getObject().getLiteralLexicalForm()).isEqualTo(today);
        assertThat(stored.find(null, NodeFactory.createURI(DCT + "modified"), null).toList().stream()
                .filter(t -> t.getObject().getLiteralLexicalForm().equals(today)).count()).isLessThanOrEqualTo(2);

        JsonNode list = WriteClient.json(client.get("/api/agencies/moet/revisions", ADMIN));
        JsonNode newest = list.get("revisions").get(0);
        assertThat(newest.get("agent").asString()).isEqualTo("admin");
        assertThat(newest.get("format").asString()).isEqualTo("text/turtle");
        assertThat(newest.get("bytes").asLong()).isPositive();
        HttpResponse<byte[]> prov = client.get("/api/agencies/moet/revisions", ADMIN, "Accept", "text/turtle");
        assertThat(HttpTester.text(prov)).contains("prov:wasRevisionOf", "prov:generatedAtTime");

        HttpResponse<byte[]> restored = client.send("POST", "/api/agencies/moet/revisions/" + first + "/restore", null, null, ADMIN);
        assertThat(restored.statusCode()).as(HttpTester.text(restored)).isEqualTo(200);
        assertThat(WriteClient.json(restored).get("revision").get("restoredFrom").asInt()).isEqualTo(first);
        assertThat(client.storedGraph("moet").isIsomorphicWith(original)).isTrue();
        assertThat(revisions("moet")).isEqualTo(first + 2);
    }

    /** A headline figure of the front page, as shown. */
    private static long homeFigure(String name) {
        String html = HttpTester.text(server.http().get("/", "Accept", "text/html"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"figure-" + name + "\">([0-9.,]+)<").matcher(html);
        assertThat(m.find()).as("figure %s on the front page", name).isTrue();
        return Long.parseLong(m.group(1).replaceAll("[.,]", ""));
    }

    @Test
    void droppedDatabasesAreGoneAndSayWhatReplacedThem() {
        Graph edited = copy(client.storedGraph("sbv"));
        List<Node> dbs = databases(edited, "sbv");
        Node replaced = dbs.get(0);
        Node dropped = dbs.get(1);
        Node successor = iri("dataset/sbv-new-0001");
        removeDatabase(edited, replaced, "sbv");
        removeDatabase(edited, dropped, "sbv");
        addDatabase(edited, successor, "sbv-new-0001", "sbv");
        edited.add(successor, NodeFactory.createURI(DCT + "replaces"), replaced);
        long shownBefore = homeFigure("databases");
        HttpResponse<byte[]> r = put("sbv", turtle(edited));
        assertThat(r.statusCode()).as(HttpTester.text(r)).isEqualTo(200);
        assertThat(homeFigure("databases")).as("the front page follows the map at once").isEqualTo(shownBefore - 1);
        HttpResponse<byte[]> gone = server.http().get(replaced.getURI(), "Accept", "text/turtle");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Link").orElse("")).contains(successor.getURI());
        assertThat(WriteClient.json(gone).get("message").asString()).contains(successor.getURI());
        assertThat(server.http().get(dropped.getURI(), "Accept", "text/turtle").statusCode()).isEqualTo(410);
        assertThat(server.http().get(successor.getURI(), "Accept", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(server.http().get("/dataset/never-existed", "Accept", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void removingMoreThanHalfNeedsConfirmation() {
        Graph edited = copy(client.storedGraph("go"));
        List<Node> dbs = databases(edited, "go");
        for (Node db : dbs.subList(0, dbs.size() - 1)) {
            removeDatabase(edited, db, "go");
        }
        Set<String> before = client.dump();
        HttpResponse<byte[]> refused = put("go", turtle(edited));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(WriteClient.json(refused).get("message").asString()).contains("confirm-removals=true");
        assertThat(client.dump()).isEqualTo(before);
        HttpResponse<byte[]> meant = client.send("PUT", "/api/agencies/go/catalogue?confirm-removals=true", turtle(edited),
                "text/turtle", ADMIN);
        assertThat(meant.statusCode()).as(HttpTester.text(meant)).isEqualTo(200);
        assertThat(WriteClient.json(meant).get("databases").get("removed").size()).isEqualTo(dbs.size() - 1);
    }

    @Test
    void aStaleIfMatchIsRefusedAndACurrentOneAccepted() {
        HttpResponse<byte[]> got = server.http().get("/catalog/vn34-da-nang", "Accept", "text/turtle");
        String etag = got.headers().firstValue("ETag").orElseThrow();
        Graph edited = copy(client.storedGraph("vn34-da-nang"));
        Node catalogue = iri("catalog/vn34-da-nang");
        edited.add(catalogue, NodeFactory.createURI("http://www.w3.org/ns/dcat#keyword"), NodeFactory.createLiteralLang("thử nghiệm", "vi"));
        HttpResponse<byte[]> first = put("vn34-da-nang", turtle(edited), "If-Match", etag);
        assertThat(first.statusCode()).as(HttpTester.text(first)).isEqualTo(200);
        edited.add(catalogue, NodeFactory.createURI("http://www.w3.org/ns/dcat#keyword"), NodeFactory.createLiteralLang("lần hai", "vi"));
        Set<String> before = client.dump();
        HttpResponse<byte[]> stale = put("vn34-da-nang", turtle(edited), "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(client.dump()).isEqualTo(before);
        String fresh = first.headers().firstValue("ETag").orElseThrow();
        assertThat(put("vn34-da-nang", turtle(edited), "If-Match", fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        Graph edited = copy(client.storedGraph("vn34-lao-cai"));
        Node catalogue = iri("catalog/vn34-lao-cai");
        String composed = "Danh mục cơ sở dữ liệu tỉnh Lào Cai (đã cập nhật)";
        edited.remove(catalogue, NodeFactory.createURI(DCT + "title"), null);
        edited.add(catalogue, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang(composed, "vi"));
        String text = new String(turtle(edited), StandardCharsets.UTF_8);
        byte[] nfd = Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertThat(nfd).isNotEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(put("vn34-lao-cai", nfd).statusCode()).isEqualTo(200);
        Graph stored = client.storedGraph("vn34-lao-cai");
        assertThat(stored.contains(catalogue, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang(composed, "vi"))).isTrue();
        stored.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                String lex = t.getObject().getLiteralLexicalForm();
                assertThat(Normalizer.isNormalized(lex, Normalizer.Form.NFC)).as(lex).isTrue();
            }
        });
    }

    @Test
    void twoConcurrentSubmissionsEndInOneOfTheTwoNeverAMix() throws Exception {
        Graph base = client.storedGraph("vn34-ho-chi-minh");
        Node catalogue = iri("catalog/vn34-ho-chi-minh");
        List<Node> dbs = databases(base, "vn34-ho-chi-minh");
        for (int round = 0; round < 4; round++) {
            Graph a = copy(base);
            Graph b = copy(base);
            retitle(a, catalogue, "Phiên bản A " + round);
            retitle(b, catalogue, "Phiên bản B " + round);
            retitle(a, dbs.get(0), "Cơ sở dữ liệu A " + round);
            retitle(b, dbs.get(1), "Cơ sở dữ liệu B " + round);
            byte[] bodyA = turtle(a);
            byte[] bodyB = turtle(b);
            CompletableFuture<HttpResponse<byte[]>> fa = CompletableFuture.supplyAsync(() -> put("vn34-ho-chi-minh", bodyA));
            CompletableFuture<HttpResponse<byte[]>> fb = CompletableFuture.supplyAsync(() -> put("vn34-ho-chi-minh", bodyB));
            assertThat(fa.get().statusCode()).as(HttpTester.text(fa.get())).isEqualTo(200);
            assertThat(fb.get().statusCode()).as(HttpTester.text(fb.get())).isEqualTo(200);
            Graph stored = withoutModified(client.storedGraph("vn34-ho-chi-minh"));
            assertThat(stored.isIsomorphicWith(withoutModified(a)) || stored.isIsomorphicWith(withoutModified(b)))
                    .as("round %d ends in A or B", round).isTrue();
        }
    }

    private static void retitle(Graph g, Node node, String title) {
        g.remove(node, NodeFactory.createURI(DCT + "title"), null);
        g.add(node, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang(title, "vi"));
    }

    private static Graph withoutModified(Graph g) {
        Graph copy = copy(g);
        copy.remove(null, NodeFactory.createURI(DCT + "modified"), null);
        return copy;
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    private static List<Node> databases(Graph g, String agency) {
        List<Node> dbs = new ArrayList<>(g.find(iri("catalog/" + agency), NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset"), null)
                .mapWith(t -> t.getObject()).toList());
        dbs.sort((x, y) -> x.getURI().compareTo(y.getURI()));
        return dbs;
    }

    /** Drops a database with its roadmap, milestones and any service or dependency that names it. */
    private static void removeDatabase(Graph g, Node db, String agency) {
        for (var t : g.find(db, null, null).toList()) {
            if (t.getPredicate().getURI().endsWith("#roadmap")) {
                g.find(t.getObject(), null, null).toList().forEach(m -> {
                    if (m.getPredicate().getURI().endsWith("#milestone")) {
                        g.remove(m.getObject(), null, null);
                    }
                });
                g.remove(t.getObject(), null, null);
            }
        }
        g.remove(db, null, null);
        for (var t : g.find(null, NodeFactory.createURI("http://www.w3.org/ns/dcat#servesDataset"), db).toList()) {
            g.remove(t.getSubject(), null, null);
            g.remove(null, null, t.getSubject());
        }
        g.remove(null, null, db);
    }

    private static void addDatabase(Graph g, Node db, String id, String agency) {
        String ttl = """
                @prefix dm: <https://w3id.org/vndatamap/ns#> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog/%2$s> dcat:dataset <dataset/%1$s> .
                <dataset/%1$s> a dcat:Dataset, dm:Database ; dct:identifier "%1$s" ;
                  dct:title "Cơ sở dữ liệu thay thế"@vi, "Replacement database"@en ;
                  dct:description "Cơ sở dữ liệu thay cho một cơ sở dữ liệu cũ."@vi, "Replaces an older database."@en ;
                  dct:publisher <agency/%2$s> ; dm:databaseKind <concept/database-kind/ministry-shared> ;
                  dm:sector <concept/sector/finance> ; dm:accessLevel <concept/access-level/internal> ;
                  dm:roadmap <dataset/%1$s/roadmap> .
                <dataset/%1$s/roadmap> a dm:Roadmap ; dm:milestone <dataset/%1$s/milestone/1> .
                <dataset/%1$s/milestone/1> a dm:Milestone ; dm:milestoneKind <concept/milestone-kind/build> ;
                  dm:status <concept/milestone-status/planned> ; dm:plannedDate "2027-12-31"^^xsd:date .
                """.formatted(id, agency);
        RDFParser.fromString(ttl, Lang.TURTLE).base(server.base()).parse(g);
    }
}
