package vn.datamap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error body of the contract: {@code application/problem+json} with an integer
 * {@code status}, a string {@code error} and a string {@code message}, and nothing that betrays
 * the server's insides (stack frames, exception class names, source file names).
 */
public final class ProblemBody {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fragments that only a leaked stack trace or exception would put in a body. */
    private static final String[] LEAKS = {"Exception", "at org.", "at vn.", "at java.", ".java", "\tat "};

    private ProblemBody() {}

    /** Asserts the response is the JSON problem of {@code status}; returns the parsed body. */
    public static JsonNode assertProblem(HttpResponse<byte[]> response, int status) {
        String body = HttpTester.text(response);
        String where = response.request().method() + " " + response.request().uri();
        assertThat(response.statusCode()).as("status of %s, body: %s", where, body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("Content-Type of the error of %s", where).startsWith("application/problem+json");
        assertNoLeak(where, body);
        JsonNode json = JSON.readTree(body);
        assertThat(json.isObject()).as("body of %s is a JSON object: %s", where, body).isTrue();
        assertThat(json.path("status").isIntegralNumber()).as("integer \"status\" in %s", body).isTrue();
        assertThat(json.path("status").asInt()).as("\"status\" member of %s", body).isEqualTo(status);
        assertThat(json.path("error").isString()).as("string \"error\" in %s", body).isTrue();
        assertThat(json.path("error").asString()).as("\"error\" of %s", body).isNotBlank();
        assertThat(json.path("message").isString()).as("string \"message\" in %s", body).isTrue();
        assertThat(json.path("message").asString()).as("\"message\" of %s", body).isNotBlank();
        return json;
    }

    /** Asserts a 4xx JSON problem, whichever client error it is; returns the parsed body. */
    public static JsonNode assertClientProblem(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as("status of %s %s, body: %s", response.request().method(),
                response.request().uri(), HttpTester.text(response)).isBetween(400, 499);
        return assertProblem(response, response.statusCode());
    }

    /** The problem's message. */
    public static String message(HttpResponse<byte[]> response, int status) {
        return assertProblem(response, status).path("message").asString();
    }

    /** No stack trace, exception class name or source file in a body a client sees. */
    public static void assertNoLeak(String where, String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("body of %s must not contain '%s'", where, leak).doesNotContain(leak);
        }
    }
}
