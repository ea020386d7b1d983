package vn.datamap.queries;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;

/**
 * Turns the text of request parameters into RDF terms, one per declared parameter, checked
 * against its type: the query text is never touched. Request parameters the query does not
 * declare are refused (a misspelt name would otherwise be silently ignored), except the
 * response's own ({@code format}, {@code lang}) and names starting with {@code _}.
 */
final class ParameterBinder {
    /** Whether terms exist in the live map; answered by the store, or by a stub in tests. */
    interface Lookup {
        boolean isA(Node term, Node type);

        boolean inScheme(Node concept, Node scheme);
    }

    static final String TODAY = "today";
    static final int MAX_TEXT = 200;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern DATABASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Minted minted;
    private final Clock clock;
    private final Lookup lookup;

    ParameterBinder(Minted minted, Clock clock, Lookup lookup) {
        this.minted = minted;
        this.clock = clock;
        this.lookup = lookup;
    }

    BoundParameters bind(NamedQuery query, Map<String, String[]> request) {
        for (String name : request.keySet()) {
            if (query.parameter(name) == null && !QueryFile.RESERVED.contains(name) && !name.startsWith("_")) {
                throw new ParameterException("queries.error.unknownParameter", query.name(), name,
                        query.parameters().stream().map(QueryParameter::name).toList());
            }
        }
        BindingBuilder builder = BindingFactory.builder();
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters()) {
            String[] given = request.getOrDefault(p.name(), new String[0]);
            if (given.length > 1) {
                throw new ParameterException("queries.error.repeated", p.name());
            }
            String text = given.length == 1 && !given[0].isBlank() ? given[0].strip() : p.defaultValue();
            if (text == null) {
                if (p.required()) {
                    throw new ParameterException("queries.error.missing", p.name());
                }
                continue;
            }
            builder.add(Var.alloc(p.name()), term(p, text));
            values.put(p.name(), p.type() == ParameterType.DATE && TODAY.equals(text) ? today().toString() : text);
        }
        return new BoundParameters(builder.build(), values);
    }

    /** Today in Viet Nam (or wherever the clock is). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    Node term(QueryParameter p, String text) {
        return switch (p.type()) {
            case IRI -> iri(p, text);
            case AGENCY_ID -> known(p, text, ID, "agency/", DM.Agency, "queries.error.noAgency");
            case DATABASE_ID -> known(p, text, DATABASE_ID, "dataset/", DM.Database, "queries.error.noDatabase");
            case CONCEPT -> concept(p, text);
            case DATE -> date(p, text);
            case INTEGER -> integer(p, text);
            case STRING -> string(p, text);
            case CHOICE -> choice(p, text);
        };
    }

    private Node iri(QueryParameter p, String text) {
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute() || text.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
                throw new ParameterException("queries.error.iri", p.name(), shown(text));
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new ParameterException("queries.error.iri", p.name(), shown(text));
        }
    }

    private Node known(QueryParameter p, String text, Pattern pattern, String path, Node type, String missing) {
        if (!pattern.matcher(text).matches()) {
            throw new ParameterException("queries.error.id", p.name(), shown(text));
        }
        Node term = minted.iri(path + text);
        if (!lookup.isA(term, type)) {
            throw new ParameterException(missing, p.name(), text);
        }
        return term;
    }

    private Node concept(QueryParameter p, String text) {
        if (!ID.matcher(text).matches()) {
            throw new ParameterException("queries.error.id", p.name(), shown(text));
        }
        Node concept = minted.iri("concept/" + p.scheme() + "/" + text);
        if (!lookup.inScheme(concept, minted.iri("concept/" + p.scheme()))) {
            throw new ParameterException("queries.error.concept", p.name(), text, p.scheme());
        }
        return concept;
    }

    private Node date(QueryParameter p, String text) {
        try {
            LocalDate day = TODAY.equals(text) ? today() : LocalDate.parse(text);
            return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new ParameterException("queries.error.date", p.name(), shown(text));
        }
    }

    private Node integer(QueryParameter p, String text) {
        long min = p.min() == null ? Long.MIN_VALUE : p.min();
        long max = p.max() == null ? Long.MAX_VALUE : p.max();
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
            }
        } catch (NumberFormatException e) {
            // Reported below, with the allowed range.
        }
        throw new ParameterException("queries.error.integer", p.name(), shown(text),
                p.min() == null ? "…" : p.min().toString(), p.max() == null ? "…" : p.max().toString());
    }

    private Node string(QueryParameter p, String text) {
        if (text.length() > MAX_TEXT) {
            throw new ParameterException("queries.error.string", p.name(), MAX_TEXT);
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return p.lang() == null ? NodeFactory.createLiteralString(nfc) : NodeFactory.createLiteralLang(nfc, p.lang());
    }

    private Node choice(QueryParameter p, String text) {
        if (!p.values().contains(text)) {
            throw new ParameterException("queries.error.choice", p.name(), shown(text), String.join(", ", p.values()));
        }
        return NodeFactory.createLiteralString(text);
    }

    /** The request's text as quoted back in a message: short, on one line. */
    private static String shown(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
