package vn.datamap.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The table of a benchmark run, as Markdown (targets first, then every figure by part) and as JSON (by hand: no library needed). */
final class BenchReport {
    /** By part, then size; rows keep their order within (a stable sort). */
    static final Comparator<Row> ORDER = Comparator.comparing(Row::part).thenComparingInt(Row::size);
    private final List<Row> rows;
    private final BenchSettings settings;
    private final Instant at;
    private final Duration took;
    private final String machine;

    BenchReport(List<Row> rows, BenchSettings settings, Instant at, Duration took, String machine) {
        this.rows = rows;
        this.settings = settings;
        this.at = at;
        this.took = took;
        this.machine = machine;
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark ").append(at).append("\n\n");
        s.append(String.format(Locale.ROOT, "Sizes %s databases, seed %d; up to %d timed runs a figure after warm-up "
                        + "in blocks of %d ms until a block is no faster than the one before "
                        + "(at least 3 once its %d s budget is spent); %d concurrent clients for %d s per dereference load; "
                        + "submission of ~%d triples. %d processors, max heap %d MiB, Java %s; %s. The run took %d min %d s.%n%n",
                settings.sizes(), settings.seed(), settings.iterations(), settings.warmUp().toMillis(), settings.budget().toSeconds(), settings.clients(),
                settings.loadTime().toSeconds(), settings.submissionTriples(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), machine,
                took.toMinutes(), took.toSecondsPart()));
        s.append("Ratios are ours / baseline of the medians (for rates the p99 column is the slowest run). "
                + "Stage rows starting with ≈ are stack samples times the length of a sampling round; a helper thread's "
                + "stages overlap the caller's, so they can add up to more than the measured total.\n\n");
        List<Row> targets = rows.stream().filter(r -> !r.target().isEmpty()).toList();
        long met = targets.stream().filter(r -> r.verdict().equals("met")).count();
        s.append(String.format(Locale.ROOT, "## Targets: %d met, %d not met%n%n", met, targets.size() - met));
        table(s, targets, true);
        Map<String, List<Row>> parts = rows.stream().collect(Collectors.groupingBy(Row::part, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Row>> part : parts.entrySet()) {
            s.append("\n## ").append(part.getKey()).append("\n\n");
            table(s, part.getValue(), false);
        }
        return s.toString();
    }

    private static void table(StringBuilder s, List<Row> rows, boolean withPart) {
        s.append(withPart ? "| part " : "").append("| size | what | n | median | p99 | unit | ours/baseline | target | verdict | note |\n");
        s.append(withPart ? "| --- " : "").append("| ---: | --- | ---: | ---: | ---: | --- | ---: | --- | --- | --- |\n");
        for (Row r : rows) {
            if (withPart) {
                s.append("| ").append(r.part()).append(' ');
            }
            s.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", r.size(), cell(r.what()),
                    r.n(), num(r.median()), num(r.p99()), r.unit(), r.ratioText(), r.target(),
                    r.verdict().isEmpty() ? "" : r.verdict().equals("met") ? "met" : "**NOT met**", cell(r.note())));
        }
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 1 ? "%.1f" : "%.2f", v);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    String json() {
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"at\": \"").append(at).append("\",\n  \"seconds\": ").append(took.toSeconds())
                .append(",\n  \"sizes\": ").append(settings.sizes())
                .append(",\n  \"seed\": ").append(settings.seed())
                .append(",\n  \"iterations\": ").append(settings.iterations())
                .append(",\n  \"processors\": ").append(Runtime.getRuntime().availableProcessors())
                .append(",\n  \"maxHeapMiB\": ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(",\n  \"machine\": ").append(str(machine))
                .append(",\n  \"rows\": [");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            s.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"size\": %d, \"part\": %s, \"what\": %s, \"n\": %d, \"median\": %s, \"p99\": %s, \"unit\": %s, "
                            + "\"ratio\": %s, \"target\": %s, \"verdict\": %s, \"note\": %s}",
                    r.size(), str(r.part()), str(r.what()), r.n(), number(r.median()), number(r.p99()), str(r.unit()),
                    r.ratio() == null ? "null" : number(r.ratio()), str(r.target()), str(r.verdict()), str(r.note())));
        }
        s.append("\n  ]\n}\n");
        return s.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String str(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
