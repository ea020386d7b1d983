package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.datamap.web.ApiException;
import vn.datamap.web.Negotiation;
import vn.datamap.web.RdfFormat;

/** API answers are JSON unless the client asks for an RDF syntax by Accept. */
final class JsonOrRdf {
    private JsonOrRdf() {}

    /** The RDF syntax the client prefers to JSON, or null for JSON. */
    static RdfFormat choose(HttpServletRequest request) {
        List<MediaType> offered = new ArrayList<>(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        offered.addAll(RdfFormat.mediaTypes());
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (chosen == null) {
            throw ApiException.notAcceptable("This answer is JSON or an RDF syntax (text/turtle, application/ld+json, "
                    + "application/rdf+xml, application/n-triples); none fits the Accept header");
        }
        return RdfFormat.ofMediaType(chosen);
    }
}
