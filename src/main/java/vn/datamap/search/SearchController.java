package vn.datamap.search;

import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.web.ApiException;
import vn.datamap.web.Negotiation;

/**
 * {@code GET /search?q=…[&type=database|agency|province][&lang=vi|en][&limit=N]}: JSON for
 * programs, an HTML page with a plain search form for people (Vietnamese unless {@code lang=en}).
 */
@Controller
public class SearchController {
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
    private final SearchService search;

    public SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    public Object search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String limit,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale,
            HttpServletResponse response) {
        MediaType format = Negotiation.choose(accept, OFFERED);
        if (format == null) {
            throw ApiException.notAcceptable("Search answers in application/json or text/html");
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        boolean html = format.equals(MediaType.TEXT_HTML);
        ResultType wanted = type == null || type.isBlank() ? null : ResultType.of(type);
        if (wanted == null && type != null && !type.isBlank()) {
            throw ApiException.badRequest("Unknown type '" + type + "': use database, agency or province");
        }
        String language = english(html ? locale.getLanguage() : lang) ? "en" : "vi";
        int count = limit(limit);
        boolean blank = q == null || q.isBlank();
        if (!html) {
            if (blank) {
                throw ApiException.badRequest("Missing or empty parameter: q");
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(search.search(q, wanted, language, count));
        }
        ModelAndView view = new ModelAndView("search");
        view.addObject("q", blank ? "" : q.strip());
        view.addObject("type", wanted == null ? "" : wanted.code());
        view.addObject("lang", language);
        view.addObject("results", blank ? null : search.search(q, wanted, language, count));
        return view;
    }

    private static boolean english(String lang) {
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return SearchService.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n < 1) {
                throw ApiException.badRequest("limit must be a whole number from 1 to " + SearchService.MAX_LIMIT);
            }
            return Math.min(n, SearchService.MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit must be a whole number from 1 to " + SearchService.MAX_LIMIT);
        }
    }
}
