package vn.datamap.publish;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.config.DatamapProperties;
import vn.datamap.linkeddata.ResourceDescriber;
import vn.datamap.linkeddata.ResourcePages;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;
import vn.datamap.web.Conditional;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;

/**
 * {@code /catalog} (the national map) and {@code /catalog/{agencyId}} (one agency's catalogue)
 * as DCAT-AP 3, by Accept or suffix, paged with Hydra, with conditional GET.
 */
@Controller
public class CatalogController {
    private final CatalogPublisher publisher;
    private final DatamapProperties properties;
    private final ResourceDescriber describer;
    private final ResourcePages pages;
    private final Minted minted;
    private final WholeCatalogues wholeCatalogues;

    public CatalogController(CatalogPublisher publisher, DatamapProperties properties, ResourceDescriber describer,
                             ResourcePages pages, Minted minted, WholeCatalogues wholeCatalogues) {
        this.publisher = publisher;
        this.properties = properties;
        this.describer = describer;
        this.pages = pages;
        this.minted = minted;
        this.wholeCatalogues = wholeCatalogues;
    }

    @GetMapping({"/catalog", "/catalog.{suffix}"})
    public ModelAndView national(@PathVariable(required = false) String suffix,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(name = "page_size", required = false) String pageSize,
                                 @RequestParam(name = "modified_since", required = false) String modifiedSince,
                                 @RequestParam(required = false) String generation,
                                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        return serve(null, suffix, page, pageSize, modifiedSince, generation, request, response);
    }

    @GetMapping("/catalog/{agencyId}")
    public ModelAndView agency(@PathVariable String agencyId,
                               @RequestParam(required = false) String page,
                               @RequestParam(name = "page_size", required = false) String pageSize,
                               @RequestParam(name = "modified_since", required = false) String modifiedSince,
                               @RequestParam(required = false) String generation,
                               HttpServletRequest request, HttpServletResponse response) throws IOException {
        String suffix = null;
        int dot = agencyId.lastIndexOf('.');
        if (dot > 0) {
            suffix = agencyId.substring(dot + 1);
            agencyId = agencyId.substring(0, dot);
        }
        return serve(agencyId, suffix, page, pageSize, modifiedSince, generation, request, response);
    }

    private ModelAndView serve(String agencyId, String suffix, String page, String pageSize, String modifiedSince,
                               String generation, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation representation = Representation.negotiate(request, suffix, true);
        boolean whole = agencyId != null && page == null && pageSize == null && modifiedSince == null;
        CatalogRequest catalogRequest = new CatalogRequest(agencyId, number(page, 1, "page"),
                Math.min(number(pageSize, properties.defaultPageSize(), "page_size"), properties.maxPageSize()),
                instant(modifiedSince), generation(generation));
        RdfResponses.varyByAccept(response);
        if (whole) {
            publisher.requireCatalogue(agencyId);
        } else {
            publisher.requirePage(catalogRequest);
        }
        var state = publisher.state();
        String variant = String.join("|", String.valueOf(agencyId), String.valueOf(page), String.valueOf(pageSize),
                String.valueOf(modifiedSince), String.valueOf(generation),
                representation.isHtml() ? "html|" + LocaleContextHolder.getLocale() : representation.rdf().name());
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), variant)) {
            return null;
        }
        if (whole && !representation.isHtml() && WholeCatalogues.streams(representation.rdf())) {
            response.setContentType(representation.rdf().contentType());
            wholeCatalogues.write(agencyId, representation.rdf(), response.getOutputStream());
            return null;
        }
        Graph graph = whole ? publisher.whole(agencyId) : publisher.page(catalogRequest).graph();
        if (representation.isHtml()) {
            var focus = agencyId == null ? minted.nationalMap() : minted.catalogue(agencyId);
            return pages.render(describer.describe(focus, graph), pathWithQuery(request));
        }
        RdfResponses.write(response, graph, representation.rdf());
        return null;
    }

    private static int number(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw ApiException.badRequest(name + " must be 1 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got '" + value + "'");
        }
    }

    /** The generation a paging link pins: a store generation is a long (it starts at clock millis). */
    private static Long generation(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("generation must be a whole number, got '" + value + "'");
        }
    }

    /** ISO 8601 date or date-time; UTC unless an offset is given. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // A '+' of an offset arrives as a space when the client did not encode it.
        String v = value.trim().replace(' ', '+');
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("modified_since must be an ISO 8601 date or date-time, got '" + value + "'");
        }
    }

    /** The request's path and query (paging, filters) without {@code format}, for the alternate links. */
    private static String pathWithQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isBlank()) {
            return request.getRequestURI();
        }
        String kept = java.util.Arrays.stream(query.split("&")).filter(p -> !p.startsWith("format=") && !p.equals("format"))
                .collect(java.util.stream.Collectors.joining("&"));
        return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
    }
}
