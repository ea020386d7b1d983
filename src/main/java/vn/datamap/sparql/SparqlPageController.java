package vn.datamap.sparql;

import java.io.IOException;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.datamap.queries.NamedQueries;
import vn.datamap.queries.NamedQuery;
import vn.datamap.store.Store;
import vn.datamap.web.Conditional;
import vn.datamap.web.Negotiation;
import vn.datamap.web.RdfFormat;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;

/**
 * {@code GET /sparql} without a query: the query editor for a browser, the Service Description
 * for an RDF client. Queries themselves are answered by the embedded Fuseki.
 */
@Controller
public class SparqlPageController {
    /** What the editor shows first: databases with today's owner, a query a steward can adapt. */
    static final String DEFAULT_QUERY = """
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX dm:   <https://w3id.org/vndatamap/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

            SELECT ?database ?title ?publisher WHERE {
              ?database a dm:Database ;
                        dct:title ?title ;
                        dct:publisher/skos:prefLabel ?publisher .
              FILTER(lang(?title) = "vi" && lang(?publisher) = "vi")
            }
            ORDER BY ?title
            LIMIT 50
            """;

    private final ServiceDescription serviceDescription;
    private final Store store;
    private final NamedQueries namedQueries;

    public SparqlPageController(ServiceDescription serviceDescription, Store store, NamedQueries namedQueries) {
        this.serviceDescription = serviceDescription;
        this.store = store;
        this.namedQueries = namedQueries;
    }

    @GetMapping("/sparql")
    public ModelAndView sparql(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<MediaType> offered = new java.util.ArrayList<>(List.of(MediaType.TEXT_HTML));
        offered.addAll(RdfFormat.mediaTypes());
        RdfResponses.varyByAccept(response);
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (MediaType.TEXT_HTML.equals(chosen) && request.getParameter("format") == null) {
            ModelAndView view = new ModelAndView("sparql");
            view.addObject("initialQuery", request.getParameter("query"));
            view.addObject("defaultQuery", DEFAULT_QUERY);
            view.addObject("namedQueries", namedQueries.all().stream()
                    .sorted(java.util.Comparator.comparing(NamedQuery::name)).toList());
            view.addObject("locale", LocaleContextHolder.getLocale());
            return view;
        }
        Representation representation = Representation.negotiate(request, null, false);
        var state = store.state();
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), "sd|" + representation.rdf())) {
            return null;
        }
        RdfResponses.write(response, serviceDescription.describe(), representation.rdf());
        return null;
    }
}
