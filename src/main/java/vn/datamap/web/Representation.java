package vn.datamap.web;

import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Which representation a request gets: an RDF syntax or the HTML page. A {@code format} query
 * parameter or a file suffix wins over the Accept header; nothing acceptable is a 406.
 */
public record Representation(RdfFormat rdf) {

    public boolean isHtml() {
        return rdf == null;
    }

    /**
     * Chooses among the RDF syntaxes (and HTML when {@code htmlOffered}); RDF syntaxes come first,
     * so a client that accepts anything gets Turtle.
     */
    public static Representation negotiate(HttpServletRequest request, String suffix, boolean htmlOffered) {
        String explicit = suffix != null ? suffix : request.getParameter("format");
        if (explicit != null && !explicit.isBlank()) {
            if (htmlOffered && explicit.equals("html")) {
                return new Representation(null);
            }
            RdfFormat format = RdfFormat.ofSuffix(explicit);
            if (format == null) {
                throw ApiException.notAcceptable("Unknown format '" + explicit + "'; use ttl, jsonld, rdf or nt"
                        + (htmlOffered ? " or html" : ""));
            }
            return new Representation(format);
        }
        List<MediaType> offered = new ArrayList<>(RdfFormat.mediaTypes());
        if (htmlOffered) {
            offered.add(MediaType.TEXT_HTML);
            offered.add(MediaType.APPLICATION_XHTML_XML);
        }
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), offered);
        if (chosen == null) {
            throw ApiException.notAcceptable("None of text/turtle, application/ld+json, application/rdf+xml, application/n-triples"
                    + (htmlOffered ? ", text/html" : "") + " fits the Accept header");
        }
        return new Representation(RdfFormat.ofMediaType(chosen));
    }
}
