package vn.datamap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The write side for tests: credentials, PUT/POST with bodies, accounts, stored graphs. */
public final class WriteClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TestServer server;
    private final HttpTester http;

    public WriteClient(TestServer server) {
        this.server = server;
        this.http = server.http();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request with a body; {@code auth} may be null; then header name/value pairs. */
    public HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType, String auth, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build());
    }

    public HttpResponse<byte[]> get(String path, String auth, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = auth;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return auth == null ? http.get(path, headers) : http.get(path, all);
    }

    /** Creates a steward of the given agencies, as admin. */
    public void createSteward(String adminAuth, String username, String password, String... agencies) {
        StringBuilder list = new StringBuilder();
        for (String a : agencies) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(a).append('"');
        }
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"agencies\":[" + list + "]}";
        HttpResponse<byte[]> r = send("POST", "/api/accounts", body.getBytes(StandardCharsets.UTF_8), "application/json", adminAuth);
        assertThat(r.statusCode()).as("create account %s: %s", username, HttpTester.text(r)).isEqualTo(201);
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    /** The stored graph of an agency's catalogue, read back through SPARQL. */
    public Graph storedGraph(String agencyId) {
        String query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + server.base() + "graph/catalog/" + agencyId + "> { ?s ?p ?o } }";
        HttpResponse<byte[]> r = http.get("/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), Lang.NTRIPLES).parse(g);
        return g;
    }

    /** The whole public map as N-Quads lines, to compare before and after a refused request. */
    public java.util.Set<String> dump() {
        HttpResponse<byte[]> r = http.get("/dump");
        assertThat(r.statusCode()).isEqualTo(200);
        String text = new String(HttpTester.gunzip(r.body()), StandardCharsets.UTF_8);
        return new java.util.TreeSet<>(java.util.Arrays.asList(text.split("\n")));
    }

    public static org.apache.jena.graph.Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
