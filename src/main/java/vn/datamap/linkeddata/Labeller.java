package vn.datamap.linkeddata;

import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.springframework.context.MessageSource;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * Chooses what a person sees for a node: its label in the reader's language, else in the other
 * of Vietnamese and English, else any label, else a compact IRI. Properties are named from the
 * message bundles ({@code prop.dct:title}).
 */
final class Labeller {
    private final Map<Node, Map<String, String>> labels;
    private final Locale locale;
    private final MessageSource messages;
    private final Minted minted;

    Labeller(Map<Node, Map<String, String>> labels, Locale locale, MessageSource messages, Minted minted) {
        this.labels = labels;
        this.locale = locale;
        this.messages = messages;
        this.minted = minted;
    }

    String label(Node node) {
        Map<String, String> byLang = labels.get(node);
        if (byLang != null && !byLang.isEmpty()) {
            String lang = locale.getLanguage();
            String other = "vi".equals(lang) ? "en" : "vi";
            for (String candidate : new String[] {lang, other, ""}) {
                if (byLang.containsKey(candidate)) {
                    return byLang.get(candidate);
                }
            }
            return byLang.values().iterator().next();
        }
        // Unlabelled nodes minted here (a roadmap, a contact point) read better as their path.
        return node.isURI() && minted.isMinted(node.getURI()) ? node.getURI().substring(minted.base().length()) : compact(node);
    }

    String labelIn(Node node, String lang) {
        Map<String, String> byLang = labels.get(node);
        return byLang == null ? null : byLang.get(lang);
    }

    ResourcePage.Link link(Node node) {
        return new ResourcePage.Link(href(node), label(node));
    }

    ResourcePage.Value value(Node node) {
        if (node.isURI()) {
            return new ResourcePage.Value(label(node), href(node), null);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String note = lang.isEmpty() ? shortDatatype(node.getLiteralDatatypeURI()) : lang;
            return new ResourcePage.Value(node.getLiteralLexicalForm(), null, note);
        }
        return new ResourcePage.Value("[" + node.getBlankNodeLabel() + "]", null, null);
    }

    String propertyLabel(Node property, boolean outgoing) {
        String compact = compact(property);
        String key = (outgoing ? "prop." : "inverse.") + compact;
        String fallback = outgoing ? compact : "← " + compact;
        return messages.getMessage(key, null, fallback, locale);
    }

    /** Minted IRIs link to their path on this server, others to themselves. */
    private String href(Node node) {
        String iri = node.getURI();
        if (!minted.isMinted(iri)) {
            return iri;
        }
        java.net.URI uri = java.net.URI.create(iri);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String compact(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String prefixed = NS.prefixes().qnameFor(node.getURI());
        return prefixed != null ? prefixed : node.getURI();
    }

    private static String shortDatatype(String datatype) {
        if (datatype == null || datatype.equals(NS.XSD + "string")) {
            return null;
        }
        String prefixed = NS.prefixes().qnameFor(datatype);
        return prefixed != null ? prefixed : datatype;
    }
}
