package vn.datamap.sparql;

import java.io.IOException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import vn.datamap.web.Problem;

/**
 * Routes SPARQL protocol requests on {@code /sparql} to the embedded Fuseki, with errors turned
 * into the product's JSON problems. A GET without a query (the editor, or the service
 * description) goes on to the application's own controller. A POST body is bounded first
 * ({@link BoundedBodyRequest}); a query runs only when the {@link QueryGate} has a place for it.
 */
final class SparqlProtocolFilter implements Filter {
    private final FusekiFilter fuseki = new FusekiFilter();
    private final QueryGate gate;
    private final SparqlMessages messages;

    /** Its refusals and Fuseki's are in the reader's language ({@code datamap-lang}), as the pages' are. */
    SparqlProtocolFilter(QueryGate gate, SparqlMessages messages) {
        this.gate = gate;
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!isProtocolRequest(request)) {
            chain.doFilter(req, res);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            HttpServletRequest bounded = BoundedBodyRequest.of(request);
            if (bounded == null) {
                new Problem(413, messages.text(request, "sparql.error.tooLarge", BoundedBodyRequest.MAX_BYTES))
                        .writeTo((HttpServletResponse) res);
                return;
            }
            request = bounded;
        }
        if (!gate.tryEnter()) {
            new Problem(503, messages.text(request, "queries.error.busy", gate.size())).writeTo((HttpServletResponse) res);
            return;
        }
        ProblemCapturingResponse response = new ProblemCapturingResponse((HttpServletResponse) res);
        try {
            fuseki.doFilter(request, response, chain);
        } finally {
            // The query is over: its place is free before its answer (an error is written by finish) goes out.
            gate.leave();
        }
        response.finish(request, messages);
    }

    /**
     * A browser following a link to {@code /sparql?query=…} (it asks for HTML and names no
     * result format) gets the editor with the query filled in; programs get results.
     */
    static boolean wantsEditor(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getParameter("format") == null && request.getParameter("output") == null
                && accept != null && accept.contains("text/html");
    }

    private static boolean isProtocolRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(SparqlEndpointConfiguration.PATH)) {
            return false;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return request.getParameter("query") != null && !wantsEditor(request);
        }
        return "POST".equals(method);
    }
}
