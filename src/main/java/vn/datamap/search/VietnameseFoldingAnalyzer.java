package vn.datamap.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Lucene analyzer of the text index, at index and at query time alike: Unicode word
 * segmentation, then every word folded by {@link VietnameseFolding} (diacritics, NFC or NFD,
 * old or new tone-mark placement, đ, case), so that {@code dan cu}, {@code dân cư} and its NFD
 * spelling are the same words. Named by class in {@code fuseki-config/datamap.ttl}
 * ({@code text:GenericAnalyzer}); it depends on Lucene and the JDK only, so a standalone Fuseki can
 * load it too.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

    /** The no-argument constructor {@code text:GenericAnalyzer} calls. */
    public VietnameseFoldingAnalyzer() {
        super();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new VietnameseFoldingFilter(source));
    }

    /** Wildcard, prefix and fuzzy terms of a query are folded the same way. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(in);
    }
}
