package vn.datamap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A result's passage shows the words that matched, whatever their spelling. */
class SnippetTest {
    private static final String LONG = "Phần đầu của mô tả nói về nhiều việc khác nhau của cơ quan quản lý trong nhiều năm liền, "
            + "từ khi thành lập đến nay, với rất nhiều thông tin không liên quan đến câu hỏi của người đọc. "
            + "Sau đó mới nói đến dữ liệu dân cư của thành phố và cách đồng bộ với cơ sở dữ liệu quốc gia, "
            + "rồi còn thêm một đoạn dài nữa về kế hoạch của những năm sau, về ngân sách, về nhân lực, "
            + "về hạ tầng kỹ thuật và về những việc phải làm trước khi hệ thống được đưa vào vận hành chính thức.";

    @Test
    void aShortTextIsShownWhole() {
        assertThat(Snippet.of("Cơ sở dữ liệu về cư trú.", List.of("cu"))).isEqualTo("Cơ sở dữ liệu về cư trú.");
        assertThat(Snippet.of(null, List.of("cu"))).isNull();
        assertThat(Snippet.of("  ", List.of("cu"))).isNull();
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchingWord() {
        String snippet = Snippet.of(LONG, List.of("dan", "cu"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("dân cư");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippet.LENGTH + 2);
    }

    @Test
    void anNfdTextIsShownInNfc() {
        String nfd = Normalizer.normalize(LONG, Normalizer.Form.NFD);
        assertThat(Snippet.of(nfd, List.of("dan"))).isEqualTo(Snippet.of(LONG, List.of("dan")));
    }

    @Test
    void withoutAMatchTheStartIsShown() {
        assertThat(Snippet.of(LONG, List.of("xyz"))).startsWith("Phần đầu").endsWith("…");
    }
}
