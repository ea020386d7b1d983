package vn.datamap.search;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;
import vn.datamap.vocab.Minted;

/**
 * Full-text search over the names, titles, keywords and descriptions of the map's databases,
 * agencies and provinces, through the text index of the store ({@code text:query}). Vietnamese
 * matches with or without diacritics ({@link VietnameseFoldingAnalyzer}); resources are ranked
 * by their best-matching name or text, the whole phrase above its words and titles above
 * descriptions. Only the live map's graphs are searched.
 */
public final class SearchService {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** How many index documents (one per matching triple) a search ranks at most in each field of the index. */
    static final int INDEX_HITS = 1000;

    private final Store store;
    private final Minted minted;

    public SearchService(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    /**
     * Searches for {@code text}, keeping to {@code type} when it is not null, with the passages
     * in {@code lang} ({@code vi} or {@code en}) and at most {@code limit} results (1 to
     * {@link #MAX_LIMIT}).
     */
    public SearchResults search(String text, ResultType type, String lang, int limit) {
        String q = text == null ? "" : text.strip();
        SearchTerms terms = SearchTerms.of(q);
        if (terms.isEmpty()) {
            return new SearchResults(q, 0, List.of());
        }
        int wanted = Math.max(1, Math.min(MAX_LIMIT, limit));
        return store.read(reader -> {
            List<Match> matches = matches(reader, terms.allWords(), type);
            if (matches.isEmpty() && terms.words().size() > 1) {
                matches = matches(reader, terms.anyWord(), type);
            }
            List<Match> top = matches.subList(0, Math.min(wanted, matches.size()));
            Map<Node, Texts> texts = texts(reader, top);
            List<SearchHit> hits = top.stream()
                    .map(m -> hit(m, texts.getOrDefault(m.iri(), new Texts()), terms, lang)).toList();
            return new SearchResults(q, matches.size(), hits);
        });
    }

    /** One resource that matched, with its best score. */
    private record Match(Node iri, ResultType type, double score) {
    }

    /**
     * The parameters of {@code search/hits}: each field's Lucene query as {@code ?<field>Query}
     * and how many documents each field ranks at most.
     */
    static BindingBuilder hitsParameters(Map<String, String> luceneQueries) {
        BindingBuilder parameters = BindingFactory.builder().add(Var.alloc("hits"), NodeFactory.createLiteralByValue(INDEX_HITS));
        luceneQueries.forEach((field, query) -> parameters.add(Var.alloc(field + "Query"), NodeFactory.createLiteralString(query)));
        return parameters;
    }

    /**
     * The resources that match, best first. A hit is in a graph of the reader's snapshot: the
     * query keeps only hits whose literal that snapshot states, and every graph of the store is
     * part of the live map.
     */
    private List<Match> matches(StoreReader reader, Map<String, String> luceneQueries, ResultType type) {
        BindingBuilder parameters = hitsParameters(luceneQueries)
                .add(Var.alloc("province"), minted.iri("concept/agency-kind/province"))
                .add(Var.alloc("city"), minted.iri("concept/agency-kind/city"));
        Map<Node, Match> best = new LinkedHashMap<>();
        reader.select(QueryLibrary.get("search/hits"), parameters.build(), row -> {
            Node graph = row.get("graph");
            ResultType found = ResultType.of(row.get("type").getLiteralLexicalForm());
            if (graph == null || found == null) {
                return;
            }
            double score = ((Number) row.get("score").getLiteralValue()).doubleValue();
            best.merge(row.get("s"), new Match(row.get("s"), found, score), SearchService::better);
        });
        return best.values().stream()
                .filter(m -> type == null || m.type() == type)
                .sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.iri().getURI()))
                .toList();
    }

    /** The higher score of two matches of one resource; a province is a province in either. */
    private static Match better(Match a, Match b) {
        ResultType type = a.type() == ResultType.PROVINCE || b.type() == ResultType.PROVINCE ? ResultType.PROVINCE : a.type();
        return new Match(a.iri(), type, Math.max(a.score(), b.score()));
    }

    private static Map<Node, Texts> texts(StoreReader reader, List<Match> matches) {
        Map<Node, Texts> texts = new HashMap<>();
        if (matches.isEmpty()) {
            return texts;
        }
        List<Node> iris = new ArrayList<>(matches.stream().map(Match::iri).toList());
        reader.select(QueryLibrary.withValues(QueryLibrary.get("search/labels"), "s", iris), null, row -> {
            Node literal = row.get("text");
            int rank = ((Number) row.get("rank").getLiteralValue()).intValue();
            texts.computeIfAbsent(row.get("s"), s -> new Texts())
                    .add(row.get("kind").getLiteralLexicalForm(), rank, literal.getLiteralLanguage(), literal.getLiteralLexicalForm());
        });
        return texts;
    }

    private SearchHit hit(Match match, Texts texts, SearchTerms terms, String lang) {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("vi", texts.title("vi"));
        title.put("en", texts.title("en"));
        String snippet = Snippet.of(texts.description(lang), terms.words());
        double score = Math.round(match.score() * 10_000) / 10_000.0;
        return new SearchHit(match.iri().getURI(), match.type().code(), title, snippet, score, href(match.iri().getURI()));
    }

    /** Minted IRIs link to their path on this server, others to themselves. */
    private String href(String iri) {
        if (!minted.isMinted(iri)) {
            return iri;
        }
        URI uri = URI.create(iri);
        return uri.getRawPath();
    }
}
