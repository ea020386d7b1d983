package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cache of rendered representations keeps one generation of one day, within its byte budget. */
class RepresentationCacheTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private static RepresentationCache.Entry body(int bytes) {
        return new RepresentationCache.Entry("text/turtle", new byte[bytes]);
    }

    @Test
    void keepsWhatWasPutForTheSameGenerationAndDay() {
        RepresentationCache cache = new RepresentationCache(1600);
        RepresentationCache.Entry entry = new RepresentationCache.Entry("text/html;charset=UTF-8",
                "<p>Cơ sở dữ liệu</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.get(5, DAY, "dataset/a|html|vi")).isNull();
        cache.put(5, DAY, "dataset/a|html|vi", entry);
        assertThat(cache.get(5, DAY, "dataset/a|html|vi")).isSameAs(entry);
        assertThat(cache.get(5, DAY, "dataset/a|html|en")).isNull();
        assertThat(cache.figures()).containsExactly(1, entry.body().length, 1, 2);
    }

    @Test
    void aNewerGenerationOrAnotherDayEmptiesIt() {
        RepresentationCache cache = new RepresentationCache(1600);
        cache.put(5, DAY, "a", body(10));
        assertThat(cache.get(6, DAY, "a")).as("a commit since").isNull();
        cache.put(5, DAY, "a", body(10));
        assertThat(cache.get(6, DAY, "a")).as("an answer of an older generation is not kept").isNull();
        cache.put(6, DAY, "a", body(10));
        assertThat(cache.get(5, DAY, "a")).as("a reader still on the older generation gets nothing").isNull();
        assertThat(cache.get(6, DAY, "a")).isNotNull();
        assertThat(cache.get(6, DAY.plusDays(1), "a")).as("the day turned: overdue milestones change").isNull();
        assertThat(cache.figures()[0]).isZero();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsBudgetAndNeverKeepsAHugeBody() {
        RepresentationCache cache = new RepresentationCache(1600);
        cache.put(1, DAY, "a", body(600));
        cache.put(1, DAY, "b", body(10));
        cache.put(1, DAY, "c", body(600));
        assertThat(cache.get(1, DAY, "a")).isNull(); // over a sixteenth of the budget: never kept
        cache.put(1, DAY, "a", body(100));
        for (int i = 0; i < 16; i++) {
            cache.put(1, DAY, "k" + i, body(100));
            cache.get(1, DAY, "b");
        }
        assertThat(cache.get(1, DAY, "a")).as("least recently used, gone").isNull();
        assertThat(cache.get(1, DAY, "b")).as("used all along, kept").isNotNull();
        assertThat(cache.figures()[1]).isLessThanOrEqualTo(1600);
    }
}
