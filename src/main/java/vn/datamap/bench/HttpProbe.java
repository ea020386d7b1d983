package vn.datamap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The benchmark's HTTP client: plain GETs and POSTs that must answer 200, and downloads counted as they stream. */
final class HttpProbe {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(15);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** What a streamed download brought: bytes on the wire, in how long. */
    record Download(long bytes, double ms) {}

    String get(int port, String path, String accept) {
        return send(request(port, path, accept).GET().build());
    }

    /** Sends the query as an HTML form would (SPARQL protocol, POST). */
    String postQuery(int port, String path, String query, String accept) {
        return send(request(port, path, accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    /** Reads the whole body as it arrives, keeping none of it: memory stays flat whatever the size. */
    Download download(int port, String path, String accept) {
        long t = System.nanoTime();
        long bytes = 0;
        try (InputStream in = open(port, path, accept)) {
            byte[] buffer = new byte[1 << 16];
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                bytes += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(bytes, Timing.ms(System.nanoTime() - t));
    }

    /**
     * Opens a download for a caller that reads it (e.g. to decompress and count lines). Through
     * the JDK's blocking {@link HttpURLConnection}, which reads a large body on the caller's
     * thread: {@link HttpClient} hands it over through its own threads, and on two cores that
     * cost a 1 MB answer 7.4-8.7 ms against 5.1-6.0 ms (the same server, the same export), a cost
     * of the client that the figures would otherwise count against the server.
     */
    InputStream open(int port, String path, String accept) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri(port, path).toURL().openConnection();
            connection.setRequestProperty("Accept", accept);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) ANSWER_TIMEOUT.toMillis());
            int status = connection.getResponseCode();
            if (status != 200) {
                try (InputStream error = connection.getErrorStream()) {
                    if (error != null) {
                        error.transferTo(OutputStream.nullOutputStream());
                    }
                }
                throw new IllegalStateException(path + " answered " + status);
            }
            return connection.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PUT with HTTP Basic credentials; the status and the start of the answer. */
    String[] put(int port, String path, String contentType, byte[] body, String user, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(port, path, "application/json").header("Content-Type", contentType)
                .header("Authorization", "Basic " + credentials).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new String[] {String.valueOf(response.statusCode()), text.substring(0, Math.min(200, text.length()))};
        } catch (IOException e) {
            return new String[] {"-1", e.toString()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of a GET whose body is read and dropped. */
    int status(int port, String path, String accept) {
        return exchange(request(port, path, accept).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder request(int port, String path, String accept) {
        return HttpRequest.newBuilder(uri(port, path)).header("Accept", accept).timeout(ANSWER_TIMEOUT);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }

    /** One exchange; failures of the connection become unchecked, an interruption is kept. */
    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
