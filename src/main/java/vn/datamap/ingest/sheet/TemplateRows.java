package vn.datamap.ingest.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * Reads a stored catalogue graph into the rows of the template, one map of column key to value
 * per row. A value is a {@link String} or, for a plain {@code xsd:date}, a {@link LocalDate};
 * coded values are given as their Vietnamese label, databases and agencies by identifier, legal
 * documents by number (or key when the number would be ambiguous).
 */
final class TemplateRows {
    /** The rows of each table; the catalogue is one row. */
    record Content(Map<String, Object> catalogue, List<Map<String, Object>> documents, List<Map<String, Object>> databases,
            List<Map<String, Object>> milestones, List<Map<String, Object>> services) {}

    private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private final Graph g;
    private final String base;
    private final Graph reference;
    private final CodeLists codes;

    TemplateRows(Graph catalogue, String base, Graph reference, CodeLists codes) {
        this.g = catalogue;
        this.base = base;
        this.reference = reference;
        this.codes = codes;
    }

    Content read(String agencyId) {
        Node cat = catalogueNode(agencyId);
        Node decision = cat == null ? null : object(cat, Terms.ISSUED_BY);
        Map<String, Object> catalogue = catalogue(cat, agencyId, decision);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Node d : sorted(subjects(Terms.LEGAL_DOCUMENT))) {
            if (!d.equals(decision)) {
                documents.add(document(d));
            }
        }
        List<Map<String, Object>> databases = new ArrayList<>();
        List<Map<String, Object>> milestones = new ArrayList<>();
        List<Node> dbs = subjects(Terms.DATABASE);
        dbs.sort(Comparator.comparing(this::identifier));
        for (Node db : dbs) {
            databases.add(database(db));
            milestones.addAll(milestones(db));
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (Node s : subjects(Terms.DATA_SERVICE)) {
            services.add(service(s));
        }
        services.sort(Comparator.comparing(m -> (String) m.getOrDefault("service_database", "")));
        return new Content(catalogue, documents, databases, milestones, services);
    }

    private Node catalogueNode(String agencyId) {
        Node expected = Values.absoluteIri(base + "catalog/" + agencyId);
        if (expected != null && g.contains(expected, Terms.TYPE, Terms.AGENCY_CATALOGUE)) {
            return expected;
        }
        return subjects(Terms.AGENCY_CATALOGUE).stream().findFirst().orElse(null);
    }

    private Map<String, Object> catalogue(Node cat, String agencyId, Node decision) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agency", agencyId);
        if (cat == null) {
            return row;
        }
        put(row, "catalogue_title_vi", text(cat, Terms.TITLE, "vi"));
        put(row, "catalogue_title_en", text(cat, Terms.TITLE, "en"));
        put(row, "catalogue_description_vi", text(cat, Terms.DESCRIPTION, "vi"));
        put(row, "catalogue_description_en", text(cat, Terms.DESCRIPTION, "en"));
        put(row, "catalogue_issued", date(object(cat, Terms.ISSUED)));
        put(row, "catalogue_modified", date(object(cat, Terms.MODIFIED)));
        put(row, "catalogue_language", join(objects(cat, Terms.LANGUAGE).stream().map(l -> label(CodeList.LANGUAGE, l)).toList()));
        put(row, "catalogue_legal_basis", join(objects(cat, Terms.LEGAL_BASIS).stream().map(this::documentReference).toList()));
        put(row, "illustrative", flag(object(cat, Terms.ILLUSTRATIVE)));
        if (decision != null) {
            Map<String, Object> d = document(decision);
            d.forEach((k, v) -> row.put(k.replace("document_", "decision_"), v));
            row.remove("decision_decision");
        }
        Node contact = object(cat, Terms.CONTACT_POINT);
        if (contact != null) {
            put(row, "contact_name", text(contact, Terms.FN, "vi"));
            Node email = object(contact, Terms.HAS_EMAIL);
            put(row, "contact_email", email == null ? null : lexical(email).replaceFirst("^mailto:", ""));
        }
        return row;
    }

    private Map<String, Object> document(Node d) {
        Map<String, Object> row = new LinkedHashMap<>();
        put(row, "document_number", lexical(object(d, Terms.IDENTIFIER)));
        put(row, "document_title_vi", text(d, Terms.TITLE, "vi"));
        put(row, "document_title_en", text(d, Terms.TITLE, "en"));
        put(row, "document_date", date(object(d, Terms.ISSUED)));
        row.put("document_decision", g.contains(d, Terms.TYPE, Terms.DECISION) ? "có" : "không");
        put(row, "document_signer", lexical(object(d, Terms.SIGNER)));
        put(row, "document_key", documentKey(d));
        return row;
    }

    private Map<String, Object> database(Node db) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("identifier", identifier(db));
        put(row, "title_vi", text(db, Terms.TITLE, "vi"));
        put(row, "title_en", text(db, Terms.TITLE, "en"));
        put(row, "description_vi", text(db, Terms.DESCRIPTION, "vi"));
        put(row, "description_en", text(db, Terms.DESCRIPTION, "en"));
        put(row, "kind", label(CodeList.DATABASE_KIND, object(db, Terms.DATABASE_KIND)));
        put(row, "sector", label(CodeList.SECTOR, object(db, Terms.SECTOR)));
        put(row, "access_level", label(CodeList.ACCESS_LEVEL, object(db, Terms.ACCESS_LEVEL)));
        put(row, "information_system", text(db, Terms.INFORMATION_SYSTEM, "vi"));
        put(row, "keywords_vi", join(texts(db, Terms.KEYWORD, "vi")));
        put(row, "keywords_en", join(texts(db, Terms.KEYWORD, "en")));
        put(row, "issued", date(object(db, Terms.ISSUED)));
        put(row, "modified", date(object(db, Terms.MODIFIED)));
        put(row, "depends_on", join(objects(db, Terms.DEPENDS_ON).stream().map(this::databaseReference).toList()));
        put(row, "legal_basis", join(objects(db, Terms.LEGAL_BASIS).stream().map(this::documentReference).toList()));
        // Blank means yes on import; only a database without the catalogue's contact point says so.
        if (object(db, Terms.CONTACT_POINT) == null) {
            put(row, "uses_contact", "không");
        }
        return row;
    }

    private List<Map<String, Object>> milestones(Node db) {
        String prefix = db.isURI() ? db.getURI() + "/milestone/" : "\u0000";
        List<Node> steps = new ArrayList<>();
        objects(db, Terms.ROADMAP).forEach(r -> steps.addAll(objects(r, Terms.MILESTONE)));
        steps.sort(Comparator.comparing((Node m) -> number(m, prefix)).thenComparing(m -> lexical(object(m, Terms.PLANNED_DATE)),
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node m : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("milestone_database", identifier(db));
            int n = number(m, prefix);
            put(row, "milestone_number", n == Integer.MAX_VALUE ? null : Integer.toString(n));
            put(row, "milestone_kind", label(CodeList.MILESTONE_KIND, object(m, Terms.MILESTONE_KIND)));
            put(row, "milestone_status", label(CodeList.MILESTONE_STATUS, object(m, Terms.STATUS)));
            put(row, "milestone_planned", date(object(m, Terms.PLANNED_DATE)));
            put(row, "milestone_achieved", date(object(m, Terms.ACHIEVED_DATE)));
            put(row, "milestone_title_vi", text(m, Terms.TITLE, "vi"));
            put(row, "milestone_title_en", text(m, Terms.TITLE, "en"));
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> service(Node s) {
        Map<String, Object> row = new LinkedHashMap<>();
        Node served = object(s, Terms.SERVES_DATASET);
        put(row, "service_database", served == null ? null : databaseReference(served));
        put(row, "service_title_vi", text(s, Terms.TITLE, "vi"));
        put(row, "service_title_en", text(s, Terms.TITLE, "en"));
        Node endpoint = object(s, Terms.ENDPOINT_URL);
        put(row, "service_endpoint", endpoint == null ? null : endpoint.isURI() ? endpoint.getURI() : lexical(endpoint));
        return row;
    }

    /** A database by identifier: its own dct:identifier, or the last segment of a dataset IRI. */
    private String identifier(Node db) {
        String id = lexical(object(db, Terms.IDENTIFIER));
        return id != null ? id : databaseReference(db);
    }

    private String databaseReference(Node db) {
        String prefix = base + "dataset/";
        if (db.isURI() && db.getURI().startsWith(prefix)) {
            return db.getURI().substring(prefix.length());
        }
        return db.isURI() ? db.getURI() : "";
    }

    /** A document by number when reading the number back finds this very document, else by key. */
    private String documentReference(Node doc) {
        String number = lexical(object(doc, Terms.IDENTIFIER));
        if (number == null) {
            number = lexical(reference.find(doc, Terms.IDENTIFIER, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null));
        }
        if (number != null && doc.equals(byNumber(number))) {
            return number;
        }
        return documentKey(doc);
    }

    private Node byNumber(String number) {
        String folded = LegalDocuments.foldNumber(number);
        List<Node> local = subjects(Terms.LEGAL_DOCUMENT).stream().filter(d -> folded.equals(foldedNumber(g, d))).toList();
        if (!local.isEmpty()) {
            return local.size() == 1 ? local.get(0) : null;
        }
        List<Node> known = reference.find(Node.ANY, Terms.TYPE, Terms.LEGAL_DOCUMENT).mapWith(Triple::getSubject)
                .filterKeep(d -> folded.equals(foldedNumber(reference, d))).toList();
        return known.size() == 1 ? known.get(0) : null;
    }

    private static String foldedNumber(Graph graph, Node d) {
        return graph.find(d, Terms.IDENTIFIER, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(n -> LegalDocuments.foldNumber(n.getLiteralLexicalForm())).nextOptional().orElse(null);
    }

    private String documentKey(Node doc) {
        String prefix = base + "legal/";
        return doc.isURI() && doc.getURI().startsWith(prefix) ? doc.getURI().substring(prefix.length()) : null;
    }

    private String label(CodeList list, Node node) {
        if (node == null) {
            return null;
        }
        return codes.byNode(list, node).map(e -> e.vi().isEmpty() ? e.code() : e.vi())
                .orElseGet(() -> node.isURI() ? node.getURI().substring(node.getURI().lastIndexOf('/') + 1) : lexical(node));
    }

    private static int number(Node m, String prefix) {
        if (m.isURI() && m.getURI().startsWith(prefix) && NUMBER.matcher(m.getURI().substring(prefix.length())).matches()) {
            return Integer.parseInt(m.getURI().substring(prefix.length()));
        }
        return Integer.MAX_VALUE;
    }

    private static Object date(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        String lexical = literal.getLiteralLexicalForm();
        return Values.isDateLiteral(literal) && PLAIN_DATE.matcher(lexical).matches() ? LocalDate.parse(lexical) : lexical;
    }

    private static String flag(Node literal) {
        return literal == null ? null : "true".equals(literal.getLiteralLexicalForm()) ? "có" : "không";
    }

    private static void put(Map<String, Object> row, String key, Object value) {
        if (value != null && !"".equals(value)) {
            row.put(key, value);
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : Text.join(values.stream().filter(Objects::nonNull).sorted().toList());
    }

    private List<Node> subjects(Node type) {
        return new ArrayList<>(g.find(Node.ANY, Terms.TYPE, type).mapWith(Triple::getSubject).toSet());
    }

    private static List<Node> sorted(List<Node> nodes) {
        nodes.sort(Comparator.comparing(Node::toString));
        return nodes;
    }

    private Node object(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private String text(Node s, Node p, String language) {
        return texts(s, p, language).stream().findFirst().orElse(null);
    }

    private List<String> texts(Node s, Node p, String language) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(language))
                .mapWith(Node::getLiteralLexicalForm).toList();
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }
}
