package vn.datamap.queries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.datamap.queries.QueryView.Card;
import vn.datamap.queries.QueryView.Field;
import vn.datamap.queries.QueryView.Link;
import vn.datamap.queries.QueryView.Option;
import vn.datamap.vocab.Minted;

/**
 * The HTML pages of {@code /queries}: the list, each query with a plain GET form of its
 * parameters (no script needed), and one query's results as a table.
 */
@Component
class QueryPages {
    static final String AGENCY_LIST = "agency-ids";
    private final NamedQueries queries;
    private final Minted minted;

    QueryPages(NamedQueries queries, Minted minted) {
        this.queries = queries;
        this.minted = minted;
    }

    ModelAndView list() {
        Map<String, List<Option>> concepts = new HashMap<>();
        List<Card> cards = queries.all().stream().map(q -> card(q, Map.of(), false, concepts)).toList();
        ModelAndView view = new ModelAndView("queries");
        view.addObject("cards", cards);
        view.addObject("agencies", agencyOptions());
        return view;
    }

    ModelAndView results(NamedQuery query, BoundParameters bound, NamedQueries.Result result) {
        Locale locale = LocaleContextHolder.getLocale();
        ModelAndView view = new ModelAndView("query");
        view.addObject("card", card(query, bound.values(), true, new HashMap<>()));
        view.addObject("agencies", agencyOptions());
        view.addObject("table", ResultTable.of(query, result, locale, minted,
                queries.message("queries.yes"), queries.message("queries.no")));
        view.addObject("count", result.rows().size());
        view.addObject("more", result.more());
        List<Link> links = new ArrayList<>();
        for (ResultFormat format : List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV)) {
            links.add(new Link(format.suffix().toUpperCase(Locale.ROOT), link(query, bound.values(), format)));
        }
        view.addObject("formats", links);
        return view;
    }

    private Card card(NamedQuery query, Map<String, String> values, boolean inEffect, Map<String, List<Option>> concepts) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Field> fields = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            String value = inEffect ? values.get(p.name())
                    : ParameterBinder.TODAY.equals(p.defaultValue()) ? null : p.defaultValue();
            List<Option> options = switch (p.type()) {
                case CONCEPT -> select(concepts.computeIfAbsent(p.scheme(), this::conceptOptions), p, value);
                case CHOICE -> select(p.values().stream().map(v -> new Option(v, v, false)).toList(), p, value);
                default -> List.of();
            };
            fields.add(new Field(p.name(), p.description().in(locale), p.type().input(), value, p.required(), options,
                    p.type() == ParameterType.AGENCY_ID ? AGENCY_LIST : null, p.min(), p.max(), hint(p)));
        }
        return new Card(query.name(), query.title().in(locale), query.description().in(locale), query.href(), fields,
                query.sparql(), query.editorHref());
    }

    private String hint(QueryParameter p) {
        String type = queries.message("queries.type." + p.type().token());
        if (p.defaultValue() != null) {
            String shown = ParameterBinder.TODAY.equals(p.defaultValue()) ? queries.message("queries.today") : p.defaultValue();
            return type + " · " + queries.message("queries.default", shown);
        }
        return type + (p.required() ? " · " + queries.message("queries.required") : "");
    }

    /** The options with the current one selected, and an empty first option when the parameter may be left out. */
    private List<Option> select(List<Option> all, QueryParameter p, String value) {
        List<Option> options = new ArrayList<>();
        if (!p.required() && p.defaultValue() == null) {
            options.add(new Option("", queries.message("queries.any"), value == null));
        }
        for (Option o : all) {
            options.add(new Option(o.value(), o.label(), o.value().equals(value)));
        }
        return options;
    }

    private List<Option> conceptOptions(String scheme) {
        Locale locale = LocaleContextHolder.getLocale();
        return queries.concepts(scheme).stream()
                .map(b -> new Option(text(b, "code"), text(b, "code") + " — " + bilingual(b).in(locale), false))
                .toList();
    }

    private List<Option> agencyOptions() {
        Locale locale = LocaleContextHolder.getLocale();
        return queries.agencies().stream().map(b -> {
            String label = bilingual(b).in(locale);
            String until = text(b, "until");
            return new Option(text(b, "id"), until == null ? label : queries.message("queries.until", label, until), false);
        }).toList();
    }

    private static Bilingual bilingual(Binding b) {
        return new Bilingual(text(b, "labelVi"), text(b, "labelEn"));
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String link(NamedQuery query, Map<String, String> values, ResultFormat format) {
        StringBuilder href = new StringBuilder(query.href()).append("?format=").append(format.suffix());
        values.forEach((name, value) -> href.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return href.toString();
    }
}
