package vn.datamap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.datamap.web.ApiException;

/**
 * Fetches a catalogue document for SPARQL {@code LOAD}: every address, redirects included, is
 * checked by the {@link OutboundGuard} before any connection; the body is bounded like an upload
 * and its format comes from {@code Content-Type}.
 */
public final class RemoteDocuments {
    private static final int REDIRECTS = 5;
    private static final String ACCEPT = "text/turtle, application/n-triples;q=0.9, application/ld+json;q=0.8, "
            + "application/rdf+xml;q=0.7";
    private final OutboundGuard guard;
    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public RemoteDocuments(OutboundGuard guard, long maxBytes) {
        this.guard = guard;
        this.maxBytes = maxBytes;
    }

    /** A fetched document: its bytes, its format, and the address it finally came from. */
    public record Document(byte[] body, BodyFormat format, URI from) {}

    public Document fetch(String address) {
        URI uri = guard.check(address);
        for (int hop = 0; hop <= REDIRECTS; hop++) {
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = guard.check(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            try (InputStream in = response.body()) {
                if (status != 200) {
                    throw ApiException.badRequest("LOAD <" + uri + "> answered " + status);
                }
                BodyFormat format = BodyFormat.of(response.headers().firstValue("Content-Type").orElse(null));
                if (format == null) {
                    throw ApiException.unsupportedMediaType("LOAD <" + uri + "> is "
                            + response.headers().firstValue("Content-Type").orElse("of no stated type")
                            + "; a catalogue is Turtle, JSON-LD, RDF/XML, N-Triples, CSV or XLSX");
                }
                return new Document(Bodies.read(in, maxBytes), format, uri);
            } catch (IOException e) {
                throw ApiException.badRequest("LOAD <" + uri + "> could not be read to the end");
            }
        }
        throw ApiException.badRequest("LOAD <" + address + "> redirects more than " + REDIRECTS + " times");
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", ACCEPT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw ApiException.badRequest("LOAD <" + uri + "> could not be fetched");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.badRequest("LOAD <" + uri + "> was interrupted");
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the redirect's body is not needed
        }
    }
}
