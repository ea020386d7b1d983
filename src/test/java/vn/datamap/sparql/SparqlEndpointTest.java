package vn.datamap.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Rdf4jGraphs.Syntax;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * {@code /sparql} speaks the SPARQL 1.1 protocol over the public live map only: every result
 * format, GET and both POST forms, the editor and the Service Description without a query, the
 * store's bookkeeping out of reach, SERVICE and updates refused, errors as JSON problems.
 */
class SparqlEndpointTest {
    private static final String SELECT = Sparql.PREFIXES + """
            SELECT ?d ?title WHERE { ?d a dm:Database ; dct:title ?title FILTER(lang(?title) = "vi") } ORDER BY ?d ?title LIMIT 25""";
    private static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        http = server.http();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json,RS_JSON", "application/sparql-results+xml,RS_XML",
        "text/tab-separated-values,RS_TSV", "text/csv,RS_CSV"})
    void selectAnswersInEveryResultFormat(String mediaType, String lang) throws Exception {
        HttpResponse<byte[]> response = get(SELECT, mediaType);
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo(mediaType);
        Lang format = (Lang) ResultSetLang.class.getField(lang).get(null);

        List<Binding> rows = rows(ResultSetMgr.read(new ByteArrayInputStream(response.body()), format));
        List<Binding> reference = rows(http.select(SELECT));

        assertThat(reference).as("databases with a Vietnamese title").isNotEmpty();
        if (format == ResultSetLang.RS_CSV) {
            assertThat(lexical(rows)).as("CSV rows (lexical forms)").isEqualTo(lexical(reference));
        } else {
            assertThat(rows).as("rows in %s", mediaType).isEqualTo(reference);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml"})
    void askAnswersTrueAndFalse(String mediaType) {
        Lang lang = mediaType.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
        HttpResponse<byte[]> yes = get("ASK { <" + server.base() + "agency/mps> ?p ?o }", mediaType);
        HttpResponse<byte[]> no = get("ASK { <urn:example:nothing> ?p ?o }", mediaType);
        assertThat(Headers.mediaType(yes)).isEqualTo(mediaType);
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.body()), lang)).isTrue();
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.body()), lang)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Syntax.class)
    void constructAndDescribeAnswerInEveryRdfSyntax(Syntax syntax) {
        Node mps = NodeFactory.createURI(server.base() + "agency/mps");
        String construct = Sparql.PREFIXES
                + "CONSTRUCT { ?a skos:prefLabel ?l } WHERE { ?a a dm:Agency ; skos:prefLabel ?l } ORDER BY ?a LIMIT 40";
        for (String query : List.of(construct, "DESCRIBE <" + mps.getURI() + ">")) {
            Graph inSyntax = graph(query, syntax);
            Graph inTurtle = graph(query, Syntax.TURTLE);
            assertThat(inSyntax.size()).as("triples of %s", query).isPositive();
            assertThat(inSyntax.isIsomorphicWith(inTurtle)).as("%s in %s and in Turtle", query, syntax).isTrue();
        }
        assertThat(graph("DESCRIBE <" + mps.getURI() + ">", syntax).contains(mps, Node.ANY, Node.ANY))
                .as("DESCRIBE sees the union of the map's graphs").isTrue();
    }

    @Test
    void getAndBothPostFormsGiveTheSameAnswer() {
        String json = "application/sparql-results+json";
        List<Binding> viaGet = rows(parse(get(SELECT, json)));
        HttpResponse<byte[]> form = http.send(post("application/x-www-form-urlencoded", "query=" + encode(SELECT), json));
        HttpResponse<byte[]> direct = http.send(post("application/sparql-query", SELECT, json));
        assertThat(viaGet).isNotEmpty();
        assertThat(rows(parse(form))).as("POST form").isEqualTo(viaGet);
        assertThat(rows(parse(direct))).as("POST application/sparql-query").isEqualTo(viaGet);
    }

    @Test
    void browserWithoutAQueryGetsTheEditor() {
        HttpResponse<byte[]> response = http.get("sparql", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        assertThat(HttpTester.text(response)).containsPattern("<textarea[^>]*\\bname=\"query\"");
    }

    @Test
    void rdfClientWithoutAQueryGetsTheServiceDescriptionOfThePublicGraphs() {
        Graph sd = http.turtle("sparql");
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        List<Node> services = sd.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI(ns + "Service")).mapWith(t -> t.getSubject()).toList();
        assertThat(services).hasSize(1);
        assertThat(sd.find(services.get(0), NodeFactory.createURI(ns + "endpoint"), Node.ANY).mapWith(t -> t.getObject()).toList())
                .containsExactly(NodeFactory.createURI(server.base() + "sparql"));
        Set<Node> named = new HashSet<>(sd.find(Node.ANY, NodeFactory.createURI(ns + "name"), Node.ANY)
                .mapWith(t -> t.getObject()).toList());

        Set<Node> graphs = new HashSet<>(Sparql.column(http, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertThat(named).as("sd:name of the named graphs").isEqualTo(graphs)
                .contains(NodeFactory.createURI(server.base() + "graph/reference"))
                .doesNotContain(NodeFactory.createURI(server.base() + "graph/system"));
        for (Node catalogue : Sparql.column(http, "SELECT ?g WHERE { GRAPH ?g { ?c a dm:AgencyCatalogue } }")) {
            assertThat(named).contains(catalogue);
        }
    }

    @Test
    void theStoresBookkeepingIsInvisible() {
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + server.base() + "graph/system> { ?s ?p ?o } }")).isZero();
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { ?s <https://w3id.org/vndatamap/ns#storeGeneration> ?o }")).isZero();
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <https://w3id.org/vndatamap/ns#storeGeneration> ?o } }")).isZero();
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/vndatamap/ns#GraphRecord> }")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FROM", "FROM NAMED", "default-graph-uri", "named-graph-uri", "urn:x-arq:DefaultGraph"})
    void graphsOutsideTheMapCannotBeNamed(String how) {
        String system = server.base() + "graph/system";
        String url = switch (how) {
            case "FROM" -> query("SELECT * FROM <" + system + "> WHERE { ?s ?p ?o }");
            case "FROM NAMED" -> query("SELECT * FROM NAMED <" + system + "> WHERE { GRAPH ?g { ?s ?p ?o } }");
            case "urn:x-arq:DefaultGraph" -> query("SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }");
            default -> query("SELECT * WHERE { ?s ?p ?o } LIMIT 1") + "&" + how + "=" + encode(system);
        };
        ProblemBody.assertProblem(http.get(url, "Accept", "application/sparql-results+json"), 400);
    }

    @Test
    void serviceIsDisabled() {
        // A local address that nothing listens on: even a broken guard would not leave the machine.
        String url = query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertThat(ProblemBody.message(http.get(url, "Accept", JSON_RESULTS), 400))
                .isEqualTo("SERVICE bị tắt ở điểm truy vấn này: truy vấn không bao giờ gửi ra ngoài máy chủ.");
        assertThat(ProblemBody.message(http.get(url, "Accept", JSON_RESULTS, "Cookie", ENGLISH), 400))
                .isEqualTo("SERVICE is disabled on this endpoint: queries never leave the server.");
    }

    @Test
    void syntaxErrorSaysLineAndColumnInTheReadersLanguage() {
        String url = query("SELECT * WHERE {\n  ?s ?p \n}");
        assertThat(ProblemBody.message(http.get(url, "Accept", JSON_RESULTS), 400))
                .startsWith("Câu truy vấn SPARQL sai cú pháp ở dòng 3, cột 1. Bộ phân tích cú pháp báo: ")
                .contains("\"}\"");
        assertThat(ProblemBody.message(http.get(url, "Accept", JSON_RESULTS, "Cookie", ENGLISH), 400))
                .startsWith("The SPARQL query has a syntax error at line 3, column 1. The parser says: ")
                .contains("\"}\"");
    }

    @Test
    void fusekisOtherRefusalsAreIntroducedInTheReadersLanguage() {
        HttpRequest noQuery = post("application/x-www-form-urlencoded", "foo=bar", JSON_RESULTS);
        assertThat(ProblemBody.message(http.send(noQuery), 400)).startsWith("Yêu cầu SPARQL bị từ chối: ").contains("query");

        HttpRequest plainText = HttpRequest.newBuilder(http.uri("/sparql")).header("Content-Type", "text/plain")
                .header("Cookie", ENGLISH).POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o }")).build();
        assertThat(ProblemBody.message(http.send(plainText), 415))
                .isEqualTo("The endpoint does not take a body of type text/plain: send application/sparql-query,"
                        + " or an application/x-www-form-urlencoded form with a query parameter.");

        String foreign = query("SELECT * FROM <urn:example:elsewhere> WHERE { ?s ?p ?o }");
        assertThat(ProblemBody.message(http.get(foreign, "Accept", JSON_RESULTS, "Cookie", ENGLISH), 400))
                .isEqualTo("FROM and FROM NAMED may only name graphs of this map; <urn:example:elsewhere> is not one of them"
                        + " (the graphs are listed in the service description).");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/sparql-update", "form update="})
    void updatesSentToTheQueryEndpointAreRefusedAndChangeNothing(String how) {
        String update = "INSERT DATA { <urn:example:s> <urn:example:p> \"inserted\" . GRAPH <" + server.base()
                + "graph/reference> { <urn:example:s> <urn:example:p> \"inserted\" } }";
        long before = http.count(ALL_QUADS);
        HttpRequest request = how.startsWith("form") ? post("application/x-www-form-urlencoded", "update=" + encode(update), "*/*")
                : post("application/sparql-update", update, "*/*");

        ProblemBody.assertClientProblem(http.send(request));

        assertThat(http.count(ALL_QUADS)).as("quads after a refused update").isEqualTo(before);
        assertThat(http.count("SELECT (COUNT(*) AS ?n) { { ?s <urn:example:p> ?o } UNION { GRAPH ?g { ?s <urn:example:p> ?o } } }"))
                .as("the triple the update tried to insert").isZero();
    }

    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final String ENGLISH = "datamap-lang=en";

    private static HttpResponse<byte[]> get(String query, String accept) {
        return http.get(query(query), "Accept", accept);
    }

    private static String query(String query) {
        return server.url("sparql") + "?query=" + encode(query);
    }

    private static HttpRequest post(String contentType, String body, String accept) {
        return HttpRequest.newBuilder(http.uri("sparql")).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static Graph graph(String query, Syntax syntax) {
        HttpResponse<byte[]> response = get(query, syntax.mediaType);
        assertThat(response.statusCode()).as("%s as %s: %s", query, syntax, HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo(syntax.mediaType);
        return Rdf4jGraphs.jena(response.body(), server.base(), syntax);
    }

    private static ResultSet parse(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(HttpTester.text(response)).isEqualTo(200);
        return ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
    }

    private static List<Binding> rows(ResultSet results) {
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(results.nextBinding());
        }
        return rows;
    }

    private static List<List<String>> lexical(List<Binding> rows) {
        List<List<String>> all = new ArrayList<>();
        for (Binding row : rows) {
            List<String> values = new ArrayList<>();
            row.vars().forEachRemaining(v -> values.add(v.getVarName() + "=" + text(row.get(v))));
            values.sort(null);
            all.add(values);
        }
        return all;
    }

    private static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.getBlankNodeLabel();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
