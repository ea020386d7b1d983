package vn.datamap.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.springframework.context.MessageSource;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * The model of the HTML page of a resource: its title and labels in Vietnamese and English, its
 * types, its statements grouped by property, what points at it, today's owner of a database or
 * today's successor of a merged agency, and links to every representation.
 */
public record ResourcePage(String iri, String title, String labelVi, String labelEn, List<Link> types,
                           List<Row> properties, List<Row> incoming, boolean incomingTruncated,
                           Link currentOwner, Link today, boolean illustrative, String path) {

    /** A link a person can follow. */
    public record Link(String href, String text) {
    }

    /** One value: a link, or a literal with its language tag or datatype as a note. */
    public record Value(String text, String href, String note) {
    }

    /** All values of one property. */
    public record Row(String property, String label, List<Value> values) {
    }

    private static final List<String> FIRST = List.of(NS.DCT + "title", NS.SKOS + "prefLabel", NS.DCT + "description");

    /** Builds the page of {@code description} for a reader of {@code locale}. */
    public static ResourcePage of(Description description, Locale locale, MessageSource messages, Minted minted, String path) {
        Labeller labeller = new Labeller(description.labels(), locale, messages, minted);
        Node resource = description.resource();
        Graph graph = description.graph();
        List<Link> types = new ArrayList<>();
        Map<Node, List<Value>> out = new LinkedHashMap<>();
        Map<Node, List<Value>> in = new LinkedHashMap<>();
        Link owner = null;
        boolean illustrative = false;
        for (Triple t : graph.find().toList()) {
            if (t.getSubject().equals(resource)) {
                Node p = t.getPredicate();
                if (p.equals(NS.RDF_TYPE)) {
                    types.add(labeller.link(t.getObject()));
                } else {
                    out.computeIfAbsent(p, k -> new ArrayList<>()).add(labeller.value(t.getObject()));
                }
                if (p.equals(DM.currentOwner)) {
                    owner = labeller.link(t.getObject());
                }
                if (p.equals(DM.illustrative) && t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm())) {
                    illustrative = true;
                }
            } else if (t.getObject().equals(resource)) {
                in.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(labeller.value(t.getSubject()));
            }
        }
        Link today = description.today() == null || description.today().equals(resource) ? null : labeller.link(description.today());
        return new ResourcePage(resource.getURI(), labeller.label(resource), labeller.labelIn(resource, "vi"),
                labeller.labelIn(resource, "en"), types, rows(out, labeller, true), rows(in, labeller, false),
                graph.size() >= ResourceDescriber.INCOMING_LIMIT, owner, today, illustrative, path);
    }

    private static List<Row> rows(Map<Node, List<Value>> byProperty, Labeller labeller, boolean outgoing) {
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Value::text));
            rows.add(new Row(p.getURI(), labeller.propertyLabel(p, outgoing), values));
        });
        rows.sort(Comparator.comparing((Row r) -> FIRST.contains(r.property()) ? FIRST.indexOf(r.property()) : FIRST.size())
                .thenComparing(Row::label));
        return rows;
    }
}
