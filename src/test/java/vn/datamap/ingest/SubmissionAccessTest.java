package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * Who may submit a catalogue, and in which formats: the 401/403 matrix, each RDF syntax
 * accepted and refused the same way, and the open dry run.
 */
class SubmissionAccessTest {
    private static final String ADMIN = WriteClient.basic("admin", "admin-secret-for-tests");
    private static final String MOIT = WriteClient.basic("moit.steward", "steward-moit-pw");
    private static final String MPS = WriteClient.basic("mps.steward", "steward-mps-pw");
    private static TestServer server;
    private static WriteClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(true).property("datamap.admin-password", "admin-secret-for-tests")
                .property("datamap.max-upload-bytes", 1024 * 1024));
        client = new WriteClient(server);
        client.createSteward(ADMIN, "moit.steward", "steward-moit-pw", "moit");
        client.createSteward(ADMIN, "mps.steward", "steward-mps-pw", "mps");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] fixture(String name, Lang lang) throws IOException {
        byte[] turtle = Files.readAllBytes(Path.of("src/test/resources/ingest/" + name));
        if (lang == Lang.TURTLE) {
            return turtle;
        }
        Graph g = RDFParser.source(new java.io.ByteArrayInputStream(turtle)).base(server.base()).lang(Lang.TURTLE).toGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, lang);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> put(String agency, byte[] body, String type, String auth) {
        return client.send("PUT", "/api/agencies/" + agency + "/catalogue", body, type, auth);
    }

    @Test
    void writesNeedCredentialsOfTheRightAgency() throws IOException {
        byte[] body = fixture("moit-catalogue.ttl", Lang.TURTLE);
        Set<String> before = client.dump();
        HttpResponse<byte[]> anonymous = put("moit", body, "text/turtle", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(WriteClient.json(anonymous).get("status").asInt()).isEqualTo(401);
        assertThat(put("moit", body, "text/turtle", WriteClient.basic("moit.steward", "wrong")).statusCode()).isEqualTo(401);
        assertThat(put("moit", body, "text/turtle", "Bearer dmt_not-a-token").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> otherAgency = put("moit", body, "text/turtle", MPS);
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(WriteClient.json(otherAgency).get("message").asString()).contains("moit");
        assertThat(client.dump()).as("refused requests change nothing").isEqualTo(before);
        HttpResponse<byte[]> own = put("moit", body, "text/turtle", MOIT);
        assertThat(own.statusCode()).as(HttpTester.text(own)).isEqualTo(200);
        assertThat(WriteClient.json(own).get("status").asString()).isEqualTo("accepted");
        HttpResponse<byte[]> byAdmin = put("moit", body, "text/turtle", ADMIN);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(WriteClient.json(byAdmin).get("status").asString()).isEqualTo("unchanged");
        // Revisions are internal records: the agency's steward and admin read them, nobody else.
        assertThat(client.get("/api/agencies/moit/revisions", null).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/agencies/moit/revisions", MPS).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/agencies/moit/revisions", MOIT).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "/api/agencies/moit/revisions/1/restore", null, null, null).statusCode()).isEqualTo(401);
        assertThat(client.send("POST", "/api/agencies/moit/revisions/1/restore", null, null, MPS).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TURTLE, text/turtle", "JSONLD, application/ld+json", "RDFXML, application/rdf+xml",
            "NTRIPLES, application/n-triples"})
    void everyRdfSyntaxIsReadAlikeAndJudgedAlike(String syntax, String mediaType) throws IOException {
        Lang lang = switch (syntax) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        String agency = "moit";
        Set<String> before = client.dump();
        HttpResponse<byte[]> broken = put(agency, fixture("moit-broken.ttl", lang), mediaType, MOIT);
        assertThat(broken.statusCode()).as(HttpTester.text(broken)).isEqualTo(422);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode report = WriteClient.json(broken);
        assertThat(report.get("violations").asInt()).isEqualTo(2);
        for (JsonNode result : report.get("results")) {
            assertThat(result.get("focusNode").asString()).startsWith(server.base());
            assertThat(result.get("message").get("vi").asString()).isNotBlank();
            assertThat(result.get("message").get("en").asString()).isNotBlank();
            assertThat(result.get("severity").asString()).isIn("Violation", "Warning");
        }
        assertThat(client.dump()).as("a rejected submission changes nothing").isEqualTo(before);
        HttpResponse<byte[]> good = put(agency, fixture("moit-catalogue.ttl", lang), mediaType, MOIT);
        assertThat(good.statusCode()).as(HttpTester.text(good)).isEqualTo(200);
        assertThat(WriteClient.json(good).get("status").asString()).isIn("accepted", "unchanged");
        assertThat(client.storedGraph(agency).size()).isGreaterThan(40);
    }

    @Test
    void theReportIsASHACLValidationReportInTurtleByAccept() throws IOException {
        HttpResponse<byte[]> r = client.send("PUT", "/api/agencies/moit/catalogue", fixture("moit-broken.ttl", Lang.TURTLE),
                "text/turtle", MOIT, "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(422);
        Graph report = RDFParser.fromString(HttpTester.text(r), Lang.TURTLE).toGraph();
        String sh = "http://www.w3.org/ns/shacl#";
        assertThat(report.find(null, WriteClient.iri(sh + "conforms"), null).next().getObject().getLiteralLexicalForm()).isEqualTo("false");
        assertThat(report.find(null, WriteClient.iri(sh + "resultSeverity"), WriteClient.iri(sh + "Violation")).toList()).hasSize(2);
        assertThat(report.find(null, WriteClient.iri(sh + "resultMessage"), null).toList()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theDryRunIsOpenAndStoresNothing() throws IOException {
        Set<String> before = client.dump();
        HttpResponse<byte[]> bad = client.send("POST", "/api/validate", fixture("moit-broken.ttl", Lang.TURTLE), "text/turtle", null);
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(WriteClient.json(bad).get("conforms").asBoolean()).isFalse();
        assertThat(WriteClient.json(bad).get("agency").asString()).isEqualTo("moit");
        HttpResponse<byte[]> good = client.send("POST", "/api/validate?agency=moit", fixture("moit-catalogue.ttl", Lang.TURTLE),
                "text/turtle", null);
        assertThat(WriteClient.json(good).get("conforms").asBoolean()).as(HttpTester.text(good)).isTrue();
        assertThat(client.dump()).isEqualTo(before);
    }

    @Test
    void unreadableAndUnknownBodiesAreRefusedWithTheirStatus() throws IOException {
        Set<String> before = client.dump();
        HttpResponse<byte[]> syntax = put("moit", fixture("moit-syntax-error.ttl", Lang.TURTLE), "text/turtle", MOIT);
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(WriteClient.json(syntax).get("message").asString()).contains("line 6");
        assertThat(put("moit", "<p>hi</p>".getBytes(), "text/html", MOIT).statusCode()).isEqualTo(415);
        assertThat(put("nowhere", fixture("moit-catalogue.ttl", Lang.TURTLE), "text/turtle", ADMIN).statusCode()).isEqualTo(404);
        assertThat(put("government", fixture("moit-catalogue.ttl", Lang.TURTLE), "text/turtle", ADMIN).statusCode()).isEqualTo(409);
        byte[] huge = new byte[1536 * 1024];
        assertThat(put("moit", huge, "text/turtle", MOIT).statusCode()).isEqualTo(413);
        assertThat(client.dump()).isEqualTo(before);
    }
}
