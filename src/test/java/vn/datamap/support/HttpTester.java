package vn.datamap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;

/** Small HTTP client for tests: GET with headers, SPARQL SELECT, RDF parsing with Jena. */
public final class HttpTester {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final TestServer server;

    HttpTester(TestServer server) {
        this.server = server;
    }

    /** GET a path (relative to the base) or an absolute URL, with header name/value pairs. */
    public HttpResponse<byte[]> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathOrUrl)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : server.url(pathOrUrl));
    }

    /** GET and parse as RDF in the given syntax, asserting status 200. */
    public Graph rdf(String pathOrUrl, String mediaType, Lang lang) {
        HttpResponse<byte[]> response = get(pathOrUrl, "Accept", mediaType);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathOrUrl + " answered " + response.statusCode() + ": " + text(response));
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(response.body())).lang(lang)
                .base(uri(pathOrUrl).toString()).parse(graph);
        return graph;
    }

    public Graph turtle(String pathOrUrl) {
        return rdf(pathOrUrl, "text/turtle", Lang.TURTLE);
    }

    /** Runs a SELECT on /sparql and returns the rows, rewindable. */
    public ResultSet select(String query) {
        String url = server.url("sparql") + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = get(url, "Accept", "application/sparql-results+json");
        if (response.statusCode() != 200) {
            throw new AssertionError("SPARQL answered " + response.statusCode() + ": " + text(response));
        }
        return ResultSetFactory.copyResults(ResultSetMgr.read(new java.io.ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON));
    }

    /** A single integer from a SELECT with one row and one variable. */
    public long count(String query) {
        ResultSet rs = select(query);
        List<String> vars = rs.getResultVars();
        return rs.next().getLiteral(vars.get(0)).getLong();
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    public static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
