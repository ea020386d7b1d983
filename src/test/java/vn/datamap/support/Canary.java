package vn.datamap.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that counts every request it receives, for tests that prove the server
 * fetches nothing a hostile body names. It answers everything with something a careless parser
 * would gladly use (a JSON-LD context, an entity, a one-triple graph), so a fetch that happens is
 * never hidden by a failure to connect. Bound to the loopback address on a random port.
 */
public final class Canary implements AutoCloseable {
    private static final String BODY = """
            {"@context": {"title": "http://purl.org/dc/terms/title"}}
            """;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private Canary(HttpServer server) {
        this.server = server;
    }

    public static Canary start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Canary canary = new Canary(server);
            server.createContext("/", exchange -> {
                canary.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return canary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canary's address, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Every request received so far, as "METHOD /path?query". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public int hits() {
        return requests.size();
    }

    public void reset() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
