package vn.datamap.sparql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What the SPARQL endpoint says when it refuses or fails a request, in the reader's language
 * ({@code datamap-lang}, Vietnamese unless the reader chose English), as the pages do. Fuseki's own
 * error texts are English: a syntax error gets a sentence naming its line and column, followed by
 * the parser's own words (which quote the query's tokens); other refusals are introduced in the
 * reader's language. The endpoint's own refusals are written in the reader's language at once.
 */
final class SparqlMessages {
    /** Request attribute holding a refusal written here, in the reader's language. */
    private static final String OWN = SparqlMessages.class.getName() + ".own";
    private static final String PARSE_ERROR = "Parse error:";
    private static final Pattern PLACE = Pattern.compile("line (\\d+), column (\\d+)");

    private final MessageSource messages;
    private final LocaleResolver locales;

    SparqlMessages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** The message {@code key} in the language of {@code request}'s reader. */
    String text(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locales.resolveLocale(request));
    }

    /**
     * A refusal the endpoint is about to send through Fuseki: kept for the answer in the reader's
     * language, and returned in English for Fuseki, which logs it and can write only ISO-8859-1.
     */
    String refusal(HttpServletRequest request, String key, Object... arguments) {
        request.setAttribute(OWN, text(request, key, arguments));
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /**
     * The message of an error response Fuseki began ({@code status}, and the text it wrote, possibly
     * empty), in the reader's language. A server failure says no more than that it failed: its
     * text may name the server's internals.
     */
    String forError(HttpServletRequest request, int status, String written) {
        if (request.getAttribute(OWN) instanceof String own) {
            return own;
        }
        if (status == 400 && written.startsWith(PARSE_ERROR)) {
            String detail = written.substring(PARSE_ERROR.length()).strip();
            Matcher place = PLACE.matcher(detail);
            return place.find() ? text(request, "sparql.error.syntax", place.group(1), place.group(2), detail)
                    : text(request, "sparql.error.syntaxNoPlace", detail);
        }
        return switch (status) {
            case 503 -> text(request, "sparql.error.timeout");
            case 415 -> text(request, "sparql.error.mediaType", String.valueOf(request.getContentType()));
            case 406 -> text(request, "sparql.error.notAcceptable");
            default -> status >= 500 || written.isEmpty() ? text(request, "sparql.error.failed")
                    : text(request, "sparql.error.refused", written);
        };
    }
}
