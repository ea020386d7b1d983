package vn.datamap.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;

/** Requests with credentials and JSON bodies against a test server. */
final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TestServer server;
    private final HttpTester http;

    Api(TestServer server) {
        this.server = server;
        this.http = server.http();
    }

    /** A request with an optional body (JSON unless a Content-Type header says otherwise) and header pairs. */
    HttpResponse<byte[]> call(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build());
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return call("GET", path, null, headers);
    }

    /** The server's own origin, as a browser on its pages would send it. */
    String ownOrigin() {
        return "http://localhost:" + server.server().port();
    }

    HttpTester http() {
        return http;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return HttpTester.text(response);
    }
}
