package vn.datamap.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The table of a benchmark run, as Markdown and as JSON (written by hand: no JSON library needed). */
final class BenchReport {
    private final List<Benchmark.Row> rows;
    private final int iterations;
    private final long seed;
    private final Instant at;

    BenchReport(List<Benchmark.Row> rows, int iterations, long seed, Instant at) {
        this.rows = rows;
        this.iterations = iterations;
        this.seed = seed;
        this.at = at;
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark ").append(at).append("\n\n");
        s.append(String.format(Locale.ROOT, "Seed %d, %d timed requests per figure after 2 warm-up requests; %d processors, "
                + "max heap %d MiB, Java %s.%n%n", seed, iterations, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version")));
        s.append("| size | part | what | n | median ms | p99 ms | note |\n");
        s.append("| ---: | --- | --- | ---: | ---: | ---: | --- |\n");
        for (Benchmark.Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %.1f | %.1f | %s |%n", r.size(), r.section(),
                    r.what().replace("|", "\\|"), r.n(), r.medianMs(), r.p99Ms(), r.note().replace("|", "\\|")));
        }
        return s.toString();
    }

    String json() {
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"at\": \"").append(at).append("\",\n  \"seed\": ").append(seed)
                .append(",\n  \"iterations\": ").append(iterations)
                .append(",\n  \"processors\": ").append(Runtime.getRuntime().availableProcessors())
                .append(",\n  \"maxHeapMiB\": ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(",\n  \"rows\": [");
        for (int i = 0; i < rows.size(); i++) {
            Benchmark.Row r = rows.get(i);
            s.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"size\": %d, \"part\": %s, \"what\": %s, \"n\": %d, \"medianMs\": %.3f, \"p99Ms\": %.3f, \"note\": %s}",
                    r.size(), str(r.section()), str(r.what()), r.n(), r.medianMs(), r.p99Ms(), str(r.note())));
        }
        s.append("\n  ]\n}\n");
        return s.toString();
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
