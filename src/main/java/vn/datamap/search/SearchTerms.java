package vn.datamap.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a person typed, as the words of the text index (folded by the same analyzer) and as the
 * Lucene queries that rank the resources: the whole phrase above all the words, and names and
 * titles above other labels and keywords, above descriptions. The words are escaped: nothing the
 * person typed is read as Lucene syntax.
 */
final class SearchTerms {
    /** Beyond this many words a query adds nothing but cost. */
    static final int MAX_WORDS = 12;
    private static final Analyzer ANALYZER = new VietnameseFoldingAnalyzer();
    /** The fields of the text index (fuseki-config/datamap.ttl) and the weight of a match in each. */
    private static final String[] FIELDS = {"name", "label", "description"};
    private static final int[] WEIGHTS = {4, 3, 1};

    private final List<String> words;

    private SearchTerms(List<String> words) {
        this.words = words;
    }

    static SearchTerms of(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            try (TokenStream tokens = ANALYZER.tokenStream("name", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                    words.add(term.toString());
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The folded words, in the order typed. */
    List<String> words() {
        return words;
    }

    /**
     * For documents that hold every word, the Lucene query of each field of the index, by field
     * name; the whole phrase counts twice.
     */
    Map<String, String> allWords() {
        return build(true);
    }

    /** For documents that hold any of the words (the fallback when none holds them all), the query of each field. */
    Map<String, String> anyWord() {
        return build(false);
    }

    /**
     * One query per field, not one query naming the fields: the text index gives back the literal
     * a document matched only for the fields the query was asked on. A document is one triple,
     * so it holds one field, and its score is the same as in a single query over all three.
     */
    private Map<String, String> build(boolean all) {
        List<String> escaped = words.stream().map(QueryParserBase::escape).toList();
        String group = escaped.stream().map(w -> all ? "+" + w : w).collect(Collectors.joining(" ", "(", ")"));
        String phrase = "\"" + String.join(" ", escaped) + "\"";
        Map<String, String> queries = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            String query = group + "^" + WEIGHTS[i];
            queries.put(FIELDS[i], words.size() > 1 ? phrase + "^" + 2 * WEIGHTS[i] + " " + query : query);
        }
        return queries;
    }
}
