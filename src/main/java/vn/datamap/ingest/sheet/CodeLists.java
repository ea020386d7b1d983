package vn.datamap.ingest.sheet;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * The values a coded column accepts, taken from the reference graph: the concepts of each scheme
 * (code = {@code skos:notation}, labels = {@code skos:prefLabel}), the languages and the agencies.
 * A value is found by its code, its Vietnamese or English label or an alternative label,
 * ignoring case and diacritics, as long as only one entry matches.
 */
final class CodeLists {

    /** One allowed value. */
    record Entry(Node node, String code, String vi, String en, List<String> alternatives) {}

    /** The outcome of looking a typed value up: the entry, or the entries it could mean (none or several). */
    record Lookup(Entry found, List<Entry> candidates) {
        boolean isAmbiguous() {
            return found == null && candidates.size() > 1;
        }
    }

    private final Map<CodeList, List<Entry>> entries = new EnumMap<>(CodeList.class);
    private final Map<CodeList, String[]> names = new EnumMap<>(CodeList.class);

    CodeLists(String base, Graph reference) {
        for (CodeList list : CodeList.values()) {
            if (list.scheme != null) {
                Node scheme = NodeFactory.createURI(base + "concept/" + list.scheme);
                List<Node> concepts = reference.find(Node.ANY, Terms.IN_SCHEME, scheme).mapWith(Triple::getSubject).toList();
                entries.put(list, sorted(reference, concepts, Terms.NOTATION));
                names.put(list, new String[] {label(reference, scheme, "vi"), label(reference, scheme, "en")});
            }
        }
        List<Node> languages = reference.find(Node.ANY, Terms.TYPE, Terms.LINGUISTIC_SYSTEM).mapWith(Triple::getSubject).toList();
        entries.put(CodeList.LANGUAGE, sorted(reference, languages, Terms.NOTATION));
        names.put(CodeList.LANGUAGE, new String[] {"Ngôn ngữ", "Languages"});
        List<Node> agencies = reference.find(Node.ANY, Terms.TYPE, Terms.AGENCY).mapWith(Triple::getSubject).toList();
        entries.put(CodeList.AGENCY, sorted(reference, agencies, Terms.IDENTIFIER));
        names.put(CodeList.AGENCY, new String[] {"Cơ quan", "Agencies"});
    }

    List<Entry> entries(CodeList list) {
        return entries.get(list);
    }

    String nameVi(CodeList list) {
        return names.get(list)[0];
    }

    String nameEn(CodeList list) {
        return names.get(list)[1];
    }

    /** The entry of a node, as written out. */
    Optional<Entry> byNode(CodeList list, Node node) {
        return entries.get(list).stream().filter(e -> e.node().equals(node)).findFirst();
    }

    /** Looks up what a steward typed: exact code first, then any label, without case or diacritics. */
    Lookup find(CodeList list, String typed) {
        List<Entry> all = entries.get(list);
        for (Entry e : all) {
            if (e.code().equals(typed)) {
                return new Lookup(e, List.of(e));
            }
        }
        String folded = Text.fold(typed);
        List<Entry> matches = new ArrayList<>();
        for (Entry e : all) {
            if (matchesFolded(e, folded)) {
                matches.add(e);
            }
        }
        return new Lookup(matches.size() == 1 ? matches.get(0) : null, matches);
    }

    private static boolean matchesFolded(Entry e, String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        if (Text.fold(e.code()).equals(folded) || Text.fold(e.vi()).equals(folded) || Text.fold(e.en()).equals(folded)) {
            return true;
        }
        return e.alternatives().stream().anyMatch(a -> Text.fold(a).equals(folded));
    }

    private static List<Entry> sorted(Graph g, List<Node> nodes, Node codeProperty) {
        List<Entry> list = new ArrayList<>();
        for (Node n : nodes) {
            String code = lexical(g, n, codeProperty);
            if (code == null && n.isURI()) {
                code = n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
            }
            List<String> alternatives = g.find(n, Terms.ALT_LABEL, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList();
            list.add(new Entry(n, code, orEmpty(label(g, n, "vi")), orEmpty(label(g, n, "en")), alternatives));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        // The legal numbering ("Kind 1", "Kind 2a", …) orders database kinds; other lists go by code.
        list.sort(Comparator.comparing((Entry e) -> e.alternatives().stream().filter(a -> a.startsWith("Kind")).findFirst().orElse(""))
                .thenComparing(Entry::code, vietnamese));
        return List.copyOf(list);
    }

    static String label(Graph g, Node subject, String language) {
        return g.find(subject, Terms.PREF_LABEL, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(language))
                .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
    }

    private static String lexical(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
