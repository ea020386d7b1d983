package vn.datamap.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.sparql.QueryGate;
import vn.datamap.store.Store;
import vn.datamap.web.ApiException;
import vn.datamap.web.Conditional;
import vn.datamap.web.Negotiation;
import vn.datamap.web.RdfResponses;

/**
 * {@code GET /queries}: the library, as JSON for programs or a page for people.
 * {@code GET /queries/{name}}: runs one query with the request's parameters, answered as
 * {@code /sparql} would answer it (SPARQL results by {@code Accept}, or a page).
 */
@Controller
public class QueriesController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Rows a results page shows; the SPARQL formats (linked from the page) carry every row. */
    static final int PAGE_ROWS = 1000;
    private static final List<MediaType> LISTING = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
    private final NamedQueries queries;
    private final QueryPages pages;
    private final Store store;
    private final QueryGate gate;

    public QueriesController(NamedQueries queries, QueryPages pages, Store store, QueryGate gate) {
        this.queries = queries;
        this.pages = pages;
        this.store = store;
        this.gate = gate;
    }

    @GetMapping("/queries")
    public ModelAndView list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RdfResponses.varyByAccept(response);
        String format = request.getParameter("format");
        MediaType chosen = format != null ? (format.equals("html") ? MediaType.TEXT_HTML : format.equals("json")
                ? MediaType.APPLICATION_JSON : null) : Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), LISTING);
        if (chosen == null) {
            throw ApiException.notAcceptable(queries.message("queries.error.listFormat"));
        }
        if (MediaType.TEXT_HTML.equals(chosen)) {
            return pages.list();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("queries", queries.all().stream().map(NamedQuery::toMap).toList());
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        return null;
    }

    @GetMapping("/queries/{name}")
    public ModelAndView run(@PathVariable String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        NamedQuery query = queries.get(name);
        RdfResponses.varyByAccept(response);
        ResultFormat format = ResultFormat.negotiate(request);
        if (format == null) {
            throw ApiException.notAcceptable(queries.message("queries.error.format"));
        }
        BoundParameters bound = queries.bind(query, request.getParameterMap());
        var state = store.state();
        String variant = name + "|" + format + "|" + new TreeMap<>(bound.values())
                + (format == ResultFormat.HTML ? "|" + LocaleContextHolder.getLocale() : "");
        // Results that use "today" change at midnight in Viet Nam even when the map does not.
        Instant midnight = LocalDate.now(NamedQueries.VIET_NAM).atStartOfDay(NamedQueries.VIET_NAM).toInstant();
        Instant lastModified = state.committedAt().isAfter(midnight) ? state.committedAt() : midnight;
        if (Conditional.notModified(request, response, state.generation(), lastModified, variant)) {
            return null;
        }
        // A named query is a SPARQL query: it takes one of the places /sparql's queries share.
        if (!gate.tryEnter()) {
            throw ApiException.serviceUnavailable(queries.message("queries.error.busy", gate.size()));
        }
        try {
            if (format == ResultFormat.HTML) {
                return pages.results(query, bound, queries.run(query, bound.binding(), PAGE_ROWS));
            }
            queries.stream(query, bound.binding(), rows -> {
                try {
                    return format.write(rows, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        } finally {
            gate.leave();
        }
    }
}
