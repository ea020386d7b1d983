package vn.datamap.linkeddata;

import java.time.LocalDate;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import vn.datamap.ingest.RevisionLog;
import vn.datamap.ingest.Tombstone;
import vn.datamap.queries.NamedQueries;
import vn.datamap.store.Store;
import vn.datamap.web.ApiException;
import vn.datamap.web.Conditional;
import vn.datamap.web.RdfResponses;
import vn.datamap.web.RenderedResponse;
import vn.datamap.web.RepresentationCache;
import vn.datamap.web.Representation;
import vn.datamap.vocab.Minted;

/**
 * Dereferences every IRI the server mints: RDF by Accept (or {@code ?format=}) with the IRI as
 * subject, answered directly with {@code Vary: Accept}, or the HTML page a person reads.
 * The IRI is the base URI plus the request path — never the request's host. What is rendered is
 * kept in the {@link RepresentationCache} until the map changes or the day turns.
 */
@Controller
public class ResourceController {
    private final ResourceDescriber describer;
    private final Store store;
    private final Minted minted;
    private final ResourcePages pages;
    private final RevisionLog revisions;
    private final RepresentationCache cache;
    private final ThymeleafViewResolver views;

    public ResourceController(ResourceDescriber describer, Store store, Minted minted, ResourcePages pages,
                              RevisionLog revisions, RepresentationCache cache, ThymeleafViewResolver views) {
        this.describer = describer;
        this.store = store;
        this.minted = minted;
        this.pages = pages;
        this.revisions = revisions;
        this.cache = cache;
        this.views = views;
    }

    /** 410 for a database its agency dropped, 404 for an IRI the map never spoke of. */
    private ApiException missing(Node iri, HttpServletResponse response) {
        Tombstone gone = revisions.tombstone(iri);
        return gone != null ? gone(gone, response) : ApiException.notFound("Nothing is known about <" + iri.getURI() + ">");
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
    public ModelAndView resource(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        Node iri = NodeFactory.createURI(minted.base() + path);
        Representation representation = Representation.negotiate(request, null, true);
        RdfResponses.varyByAccept(response);
        var state = store.state();
        Locale locale = LocaleContextHolder.getLocale();
        String variant = path + "|" + (representation.isHtml() ? "html|" + locale : representation.rdf());
        LocalDate today = LocalDate.now(NamedQueries.VIET_NAM);
        RepresentationCache.Entry cached = cache.get(state.generation(), today, variant);
        if (cached == null) {
            Description description = describer.describe(iri, representation.isHtml());
            if (description == null) {
                throw missing(iri, response);
            }
            cached = representation.isHtml() ? html(pages.render(description, "/" + path), locale, request, response)
                    : new RepresentationCache.Entry(representation.rdf().contentType(),
                            RdfResponses.bytes(description.graph(), representation.rdf()));
            cache.put(state.generation(), today, variant, cached);
        }
        if (Conditional.notModified(request, response, state.generation(), state.committedAt(), variant)) {
            return null;
        }
        cached.writeTo(response);
        return null;
    }

    /** The page rendered by its template into bytes (so that it can be kept), not yet sent. */
    private RepresentationCache.Entry html(ModelAndView page, Locale locale, HttpServletRequest request,
                                           HttpServletResponse response) throws Exception {
        View view = views.resolveViewName(page.getViewName(), locale);
        RenderedResponse buffer = new RenderedResponse(response);
        view.render(page.getModel(), request, buffer);
        return new RepresentationCache.Entry(buffer.getContentType(), buffer.body());
    }
}
