package vn.datamap.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 6. Search ({@code GET /search?q=…}, JSON): what people type, each with and without diacritics
 * ({@code dân cư} / {@code dan cu}). Each series cycles through its queries; the note says how
 * many pairs found the same number of results (they should: the index folds diacritics).
 */
final class SearchSection {
    static final String PART = "6 search";
    static final List<String[]> QUERIES = List.of(
            new String[] {"dân cư", "dan cu"},
            new String[] {"đất đai", "dat dai"},
            new String[] {"bảo hiểm xã hội", "bao hiem xa hoi"},
            new String[] {"hộ tịch", "ho tich"},
            new String[] {"doanh nghiệp", "doanh nghiep"},
            new String[] {"hóa đơn điện tử", "hoa don dien tu"},
            new String[] {"quan trắc môi trường", "quan trac moi truong"},
            new String[] {"Hà Nội", "ha noi"},
            new String[] {"Đắk Lắk", "dak lak"},
            new String[] {"cán bộ công chức", "can bo cong chuc"});
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private final SizeRun run;

    SearchSection(SizeRun run) {
        this.run = run;
    }

    List<Row> measure() {
        List<Row> rows = new ArrayList<>();
        int same = 0;
        StringBuilder totals = new StringBuilder();
        for (String[] pair : QUERIES) {
            int with = total(pair[0]);
            int without = total(pair[1]);
            same += with == without ? 1 : 0;
            totals.append(totals.length() == 0 ? "" : ", ").append(pair[1]).append(' ').append(with)
                    .append(with == without ? "" : "≠" + without);
        }
        for (int column = 0; column < 2; column++) {
            int c = column;
            AtomicInteger next = new AtomicInteger();
            Timing t = Timing.measure(run.settings().iterations() * 2, run.settings().budget(), run.settings().warmUp(), () -> {
                String q = QUERIES.get(next.getAndIncrement() % QUERIES.size())[c];
                run.http().get(run.port(), path(q), "application/json");
            });
            rows.add(Row.ms(run.size(), PART, "GET /search?q=… " + (c == 0 ? "with diacritics (dân cư, đất đai, …)"
                    : "without diacritics (dan cu, dat dai, …)"), t, c == 0 ? "totals: " + totals
                    : String.format(Locale.ROOT, "%d of %d pairs found the same number of results", same, QUERIES.size())));
        }
        run.say("search: %.1f ms with diacritics, %.1f ms without", rows.get(0).median(), rows.get(1).median());
        return rows;
    }

    private int total(String q) {
        Matcher m = TOTAL.matcher(run.http().get(run.port(), path(q), "application/json"));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String path(String q) {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
