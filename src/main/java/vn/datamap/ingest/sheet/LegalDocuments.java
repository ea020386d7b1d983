package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The legal documents of an import: the decision that issued the catalogue and the documents of
 * the Legal documents sheet, each at {@code legal/{key}}. A steward refers to a document by its
 * number (8813/QĐ-BTNMT) or its key; documents the server already knows (the reference data)
 * may be referred to without being listed. A document without a key gets one made from its
 * number and year, in the form the shipped data uses ({@code qd-8813-2023-btnmt}).
 */
final class LegalDocuments {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^vn\\d+-");

    /** A document of the spreadsheet: where it is, and which prefix its columns have (decision_ or document_). */
    record Document(Node node, String key, String number, SheetRow row, String prefix, boolean decision) {}

    private final String base;
    private final String agencyId;
    private final Values values;
    private final Problems problems;
    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Node> referenceByNumber = new HashMap<>();
    private final Map<String, Node> referenceByKey = new HashMap<>();

    LegalDocuments(String base, String agencyId, Graph reference, Values values, Problems problems) {
        this.base = base;
        this.agencyId = agencyId;
        this.values = values;
        this.problems = problems;
        reference.find(Node.ANY, Terms.TYPE, Terms.LEGAL_DOCUMENT).mapWith(Triple::getSubject).forEachRemaining(doc -> {
            if (doc.isURI() && doc.getURI().startsWith(base + "legal/")) {
                referenceByKey.put(doc.getURI().substring(base.length() + 6), doc);
            }
            reference.find(doc, Terms.IDENTIFIER, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).forEachRemaining(t -> {
                String folded = foldNumber(t.getObject().getLiteralLexicalForm());
                // A number two documents share is ambiguous: it resolves to nothing.
                referenceByNumber.merge(folded, doc, (a, b) -> a.equals(b) ? a : NodeFactory.createBlankNode());
            });
        });
    }

    /** Adds the document whose columns start with {@code prefix}; null when it cannot be named. */
    Document register(SheetRow row, String prefix, boolean decision) {
        String number = row.get(prefix + "number");
        String key = row.get(prefix + "key");
        if (number.isEmpty() && key.isEmpty()) {
            problems.missingDocumentNumber(row.cell(prefix + "number"));
            return null;
        }
        if (key.isEmpty()) {
            key = unique(slug(number, year(row.get(prefix + "date")), agencyId));
        } else if (!KEY.matcher(key).matches()) {
            problems.badDocumentKey(row.cell(prefix + "key"), key);
            return null;
        }
        for (Document d : documents) {
            boolean sameNumber = !number.isEmpty() && foldNumber(number).equals(foldNumber(d.number()));
            if (d.key().equals(key) || sameNumber) {
                String cellKey = sameNumber ? prefix + "number" : prefix + "key";
                problems.duplicateDocument(row.cell(cellKey), sameNumber ? number : key, d.row().cell(d.prefix() + "number"));
                return null;
            }
        }
        Document d = new Document(NodeFactory.createURI(base + "legal/" + key), key, number, row, prefix, decision);
        documents.add(d);
        return d;
    }

    /** The document a cell refers to, or null (then reported). */
    Node resolve(SheetCell cell, String text) {
        for (Document d : documents) {
            if (d.key().equals(text)) {
                return d.node();
            }
        }
        String folded = foldNumber(text);
        for (Document d : documents) {
            if (!d.number().isEmpty() && foldNumber(d.number()).equals(folded)) {
                return d.node();
            }
        }
        Node known = referenceByKey.get(text);
        if (known == null) {
            known = referenceByNumber.get(folded);
        }
        if (known == null || known.isBlank()) {
            problems.unknownDocument(cell, text);
            return null;
        }
        return known;
    }

    List<Node> resolveAll(SheetRow row, String key) {
        List<Node> nodes = new ArrayList<>();
        for (String part : Text.split(row.get(key))) {
            Node n = resolve(row.cell(key), part);
            if (n != null) {
                nodes.add(n);
            }
        }
        return nodes;
    }

    /** Writes every document of the spreadsheet into the output. */
    void emit(Output out) {
        for (Document d : documents) {
            Node s = d.node();
            SheetRow row = d.row();
            String p = d.prefix();
            out.put(s, Terms.TYPE, Terms.LEGAL_DOCUMENT, row.cell(p + "number"));
            if (d.decision()) {
                out.add(s, Terms.TYPE, Terms.DECISION);
            }
            out.put(s, Terms.IDENTIFIER, d.number().isEmpty() ? null : Values.string(d.number()), row.cell(p + "number"));
            out.text(s, Terms.TITLE, row, p + "title_vi", "vi");
            out.text(s, Terms.TITLE, row, p + "title_en", "en");
            out.put(s, Terms.ISSUED, values.date(row, p + "date"), row.cell(p + "date"));
            String signer = row.get(p + "signer");
            out.put(s, Terms.SIGNER, signer.isEmpty() ? null : Values.string(signer), row.cell(p + "signer"));
        }
    }

    /** Numbers compared as people type them: no case, diacritics, spaces or punctuation. */
    static String foldNumber(String number) {
        return Text.fold(number).replace(" ", "");
    }

    /** A key made from a document's number: kind, number, year, issuer (qd-8813-2023-btnmt). */
    static String slug(String number, String year, String agencyId) {
        List<String> digits = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String token : Text.fold(number).split(" ")) {
            if (!token.isEmpty()) {
                (token.chars().allMatch(Character::isDigit) ? digits : words).add(token);
            }
        }
        if (digits.isEmpty() || words.isEmpty()) {
            return String.join("-", Text.fold(number).split(" "));
        }
        String inNumber = digits.stream().skip(1).filter(d -> d.length() == 4).findFirst().orElse(null);
        List<String> parts = new ArrayList<>();
        parts.add(words.get(0));
        parts.add(digits.get(0));
        if (inNumber != null || year != null) {
            parts.add(inNumber != null ? inNumber : year);
        }
        parts.addAll(words.subList(1, words.size()));
        if (words.contains("ubnd")) {
            parts.add(PROVINCE_PREFIX.matcher(agencyId).replaceFirst(""));
        }
        return String.join("-", parts);
    }

    private String unique(String key) {
        String candidate = key;
        for (int i = 2; taken(candidate); i++) {
            candidate = key + "-" + i;
        }
        return candidate;
    }

    private boolean taken(String key) {
        return documents.stream().anyMatch(d -> d.key().equals(key));
    }

    private static String year(String date) {
        Node parsed = date.isEmpty() ? null : Values.parseDate(date);
        return parsed == null ? null : parsed.getLiteralLexicalForm().substring(0, 4);
    }
}
