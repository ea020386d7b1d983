package vn.datamap.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one error body of the product: {@code {"status", "error", "message"}} with the RFC 9457
 * members ({@code type}, {@code title}, {@code detail}) alongside, as
 * {@code application/problem+json}. Messages are written for people and never carry a stack
 * trace, a class name or a file path.
 */
public record Problem(int status, String message) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String error() {
        HttpStatus s = HttpStatus.resolve(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }

    public String toJson() {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", error());
        body.put("status", status);
        body.put("detail", message);
        body.put("error", error());
        body.put("message", message);
        return JSON.writeValueAsString(body);
    }

    /** Writes this problem as the whole response, replacing anything not yet committed. */
    public void writeTo(HttpServletResponse response) throws IOException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
