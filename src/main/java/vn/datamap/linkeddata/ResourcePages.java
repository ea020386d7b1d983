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

    public ResourcePages(MessageSource messages, Minted minted) {
        this.messages = messages;
        this.minted = minted;
    }

    public ModelAndView render(Description description, String path) {
        ModelAndView view = new ModelAndView("resource");
        view.addObject("page", ResourcePage.of(description, LocaleContextHolder.getLocale(), messages, minted, path));
        return view;
    }
}
