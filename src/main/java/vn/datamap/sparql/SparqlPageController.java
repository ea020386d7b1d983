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
    private final ServiceDescription serviceDescription;
    private final Store store;

    public SparqlPageController(ServiceDescription serviceDescription, Store store) {
        this.serviceDescription = serviceDescription;
        this.store = store;
    }

    @GetMapping("/sparql")
    public ModelAndView sparql(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<MediaType> offered = new java.util.ArrayList<>(List.of(MediaType.TEXT_HTML));
        offered.addAll(RdfFormat.mediaTypes());
        RdfResponses.varyByAccept(response);
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (MediaType.TEXT_HTML.equals(chosen) && request.getParameter("format") == null) {
            return new ModelAndView("sparql");
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
