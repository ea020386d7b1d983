package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/**
 * Every refused request, wherever it lands, gets the one error body of the contract
 * ({@code application/problem+json} with status, error and message) and never a stack trace; a
 * browser gets the same as an HTML page.
 */
class ErrorContractTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    private static HttpTester http;

    @BeforeAll
    static void start() {
        http = TestServer.shared().http();
    }

    @ParameterizedTest(name = "{0} {1} (Accept {2}) -> {3}")
    @CsvFileSource(resources = "/web/bad-requests.csv", delimiter = '|', nullValues = "-")
    void badRequestGetsItsStatusAsAJsonProblem(String method, String path, String accept, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "text/turtle");
        }

        HttpResponse<byte[]> response = http.send(request.build());

        ProblemBody.assertProblem(response, status);
        assertThat(response.headers().firstValue("ETag")).as("no validator on an error").isEmpty();
    }

    /** RFC 9110 §13.2.1: preconditions are ignored when the answer would not be a 2xx. */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "/dataset/unknown                 | If-None-Match     | *",
        "/dataset/unknown                 | If-Modified-Since | Fri, 01 Jan 2100 00:00:00 GMT",
        "/catalog/nonexistent-agency      | If-None-Match     | *",
        "/catalog/nonexistent-agency      | If-Modified-Since | Fri, 01 Jan 2100 00:00:00 GMT",
        "/catalog?page=99999              | If-Modified-Since | Fri, 01 Jan 2100 00:00:00 GMT",
    })
    void conditionalRequestForSomethingMissingIsStillNotFound(String path, String header, String value) {
        HttpResponse<byte[]> response = http.get(path, "Accept", "text/turtle", header, value);

        ProblemBody.assertProblem(response, 404);
    }

    @Test
    void browserGetsAnHtmlErrorPageWithTheStatus() {
        HttpResponse<byte[]> response = http.get("/nothing-here", "Accept", BROWSER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        String page = HttpTester.text(response);
        assertThat(page).contains("<html").contains("404");
        ProblemBody.assertNoLeak("GET /nothing-here as HTML", page);
    }

    @Test
    void browserGetsAnHtmlErrorPageForABadParameterToo() {
        HttpResponse<byte[]> response = http.get("/catalog?page=x", "Accept", BROWSER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        assertThat(HttpTester.text(response)).contains("400");
        ProblemBody.assertNoLeak("GET /catalog?page=x as HTML", HttpTester.text(response));
    }
}
