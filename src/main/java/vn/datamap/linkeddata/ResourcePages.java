package vn.datamap.linkeddata;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.vocab.Minted;

/** Renders a {@link Description} as the HTML page of a resource, in the reader's language. */
@Component
public class ResourcePages {
    private final MessageSource messages;
    private final Minted minted;
    private final ResourceExtras extras;

    public ResourcePages(MessageSource messages, Minted minted, ResourceExtras extras) {
        this.messages = messages;
        this.minted = minted;
        this.extras = extras;
    }

    public ModelAndView render(Description description, String path) {
        ModelAndView view = new ModelAndView("resource");
        view.addObject("page", ResourcePage.of(description, LocaleContextHolder.getLocale(), messages, minted, path));
        var graph = description.graph();
        var focus = description.resource();
        boolean database = graph.contains(focus, vn.datamap.vocab.NS.RDF_TYPE, vn.datamap.vocab.DM.Database);
        boolean agency = graph.contains(focus, vn.datamap.vocab.NS.RDF_TYPE, vn.datamap.vocab.DM.Agency);
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        view.addAllObjects(extras.of(focus, database, agency, english));
        return view;
    }
}
