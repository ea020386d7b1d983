package vn.datamap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analyzer of the text index folds Vietnamese so that every spelling of a word is one term. */
class VietnameseFoldingAnalyzerTest {
    private static final Analyzer ANALYZER = new VietnameseFoldingAnalyzer();

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream("name", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void foldsATitleToWordsWithoutDiacritics() throws IOException {
        assertThat(terms("Cơ sở dữ liệu quốc gia về dân cư"))
                .containsExactly("co", "so", "du", "lieu", "quoc", "gia", "ve", "dan", "cu");
    }

    @Test
    void nfcAndNfdSpellingsGiveTheSameTerms() throws IOException {
        String nfc = Normalizer.normalize("Cơ sở dữ liệu quốc gia về dân cư", Normalizer.Form.NFC);
        assertThat(nfd(nfc)).isNotEqualTo(nfc);
        assertThat(terms(nfd(nfc))).isEqualTo(terms(nfc)).isEqualTo(terms("co so du lieu quoc gia ve dan cu"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Hoà, Hòa", "Thuỷ, Thủy", "khoẻ, khỏe", "Uỷ ban, Ủy ban", "Khánh Hoà, Khánh Hòa", "hoà bình, HOA BINH"})
    void oldAndNewToneMarkPlacementAreTheSameWord(String oldStyle, String newStyle) throws IOException {
        assertThat(terms(oldStyle)).isEqualTo(terms(newStyle)).isEqualTo(terms(nfd(oldStyle))).isEqualTo(terms(nfd(newStyle)));
    }

    @Test
    void dWithStrokeFoldsToD() throws IOException {
        assertThat(terms("Đề án 06 đất đai ĐẤT")).containsExactly("de", "an", "06", "dat", "dai", "dat");
        assertThat(VietnameseFolding.fold("Đà Nẵng")).isEqualTo("da nang");
    }

    @Test
    void foldsCaseAndEveryVowelMark() throws IOException {
        assertThat(terms("ĂÂÊÔƠƯ ăâêôơư ÀÁẢÃẠ")).containsExactly("aaeoou", "aaeoou", "aaaaa");
        assertThat(terms("National POPULATION Database")).containsExactly("national", "population", "database");
    }

    @Test
    void queryTermsOfWildcardsAreFoldedToo() {
        BytesRef normalized = ANALYZER.normalize("name", "Dân*");
        assertThat(normalized.utf8ToString()).isEqualTo("dan*");
    }

    @Test
    void foldingLeavesNullAndPlainTextAlone() {
        assertThat(VietnameseFolding.fold(null)).isEmpty();
        assertThat(VietnameseFolding.fold("dataset 42")).isEqualTo("dataset 42");
    }
}
