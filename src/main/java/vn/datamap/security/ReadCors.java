package vn.datamap.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.datamap.web.Problem;

/**
 * Cross-origin reads: a page on any site may read the map ({@code Access-Control-Allow-Origin: *},
 * never with credentials). Only open requests get these headers; a preflight for anything else
 * (a write) is refused, so a browser never sends it.
 */
final class ReadCors extends OncePerRequestFilter {
    /** Request headers a cross-origin read may carry; {@code Authorization} is not one of them. */
    private static final Set<String> ALLOWED_HEADERS = Set.of("accept", "accept-language", "content-language",
            "content-type", "if-match", "if-none-match", "if-modified-since", "if-unmodified-since", "range",
            "cache-control");
    private static final String EXPOSED = "ETag, Last-Modified, Link, Location, Content-Location, Content-Disposition, Retry-After, Vary, Datamap-Result-Limit";

    private final AccessRules rules;

    ReadCors(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.ORIGIN) == null) {
            chain.doFilter(request, response);
            return;
        }
        String wanted = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if ("OPTIONS".equals(request.getMethod()) && wanted != null) {
            preflight(request, response, wanted);
            return;
        }
        if (rules.isOpen(request)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        chain.doFilter(request, response);
    }

    private void preflight(HttpServletRequest request, HttpServletResponse response, String wanted) throws IOException {
        List<String> methods = rules.openMethods(request);
        List<String> headers = requestedHeaders(request);
        if (!methods.contains(wanted.toUpperCase(Locale.ROOT)) || !ALLOWED_HEADERS.containsAll(headers)) {
            new Problem(403, "Pages of other sites may only read here (GET, HEAD, and POST to the SPARQL endpoint "
                    + "and the validator), without credentials").writeTo(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods));
        if (!headers.isEmpty()) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
    }

    private static List<String> requestedHeaders(HttpServletRequest request) {
        String value = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }
}
