package vn.datamap.linkeddata;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.ingest.RevisionLog;
import vn.datamap.ingest.Tombstone;
import vn.datamap.store.Store;
import vn.datamap.web.ApiException;
import vn.datamap.web.Conditional;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.Representation;
import vn.datamap.vocab.Minted;

/**
 * Dereferences every IRI the server mints: RDF by Accept (or {@code ?format=}) with the IRI as
 * subject, answered directly with {@code Vary: Accept}, or the HTML page a person reads.
 * The IRI is the base URI plus the request path — never the request's host.
 */
@Controller
public class ResourceController {
    private final ResourceDescriber describer;
    private final Store store;
    private final Minted minted;
    private final ResourcePages pages;
    private final RevisionLog revisions;

    public ResourceController(ResourceDescriber describer, Store store, Minted minted, ResourcePages pages,
                              RevisionLog revisions) {
        this.describer = describer;
        this.store = store;
        this.minted = minted;
        this.pages = pages;
        this.revisions = revisions;
    }

    /** 410 for a database its agency dropped, saying when and what replaced it, if anything. */
    private static ApiException gone(Tombstone t, HttpServletResponse response) {
        String message = "<" + t.iri().getURI() + "> (" + t.title() + ") was removed from <" + t.catalogue().getURI()
                + "> on " + t.removedAt() + " (revision " + t.revision() + ")";
        if (t.replacedBy() != null) {
            response.setHeader("Link", "<" + t.replacedBy().getURI() + ">; rel=\"successor-version\"");
            message += "; it is replaced by <" + t.replacedBy().getURI() + ">";
        }
        return ApiException.gone(message);
    }

    @GetMapping({"/agency/**", "/dataset/**", "/concept/**", "/change/**", "/transfer/**", "/legal/**", "/contact/**"})
    public ModelAndView resource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        Node iri = NodeFactory.createURI(minted.base() + path);
        Representation representation = Representation.negotiate(request, null, true);
        RdfResponses.varyByAccept(response);
        if (!describer.exists(iri)) {
            Tombstone gone = revisions.tombstone(iri);
            if (gone != null) {
                throw gone(gone, response);
            }
            throw ApiException.notFound("Nothing is known about <" + iri.getURI() + ">");
        }
        var state = store.state();
        String variant = path + "|" + (representation.isHtml() ? "html|" + LocaleContextHolder.getLocale() : representation.rdf());
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), variant)) {
            return null;
        }
        Description description = describer.describe(iri);
        if (description == null) {
            throw ApiException.notFound("Nothing is known about <" + iri.getURI() + ">");
        }
        if (!representation.isHtml()) {
            RdfResponses.write(response, description.graph(), representation.rdf());
            return null;
        }
        return pages.render(description, "/" + path);
    }
}
