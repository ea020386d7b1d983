package vn.datamap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark run: every part of issue 6 at every size, each against its baseline, then the
 * targets that span sizes, then (when asked) the memory check in a child JVM. Writes
 * {@code bench.md} and {@code bench.json} to the output folder and prints the table.
 *
 * <ol>
 *   <li>catalogue pages — {@link PagesSection}</li>
 *   <li>named queries vs plain Fuseki — {@link QueriesSection}</li>
 *   <li>submission vs Jena parse + load — {@link SubmissionSection}, {@link JenaSubmissionBaseline}</li>
 *   <li>full exports vs RIOT — {@link ExportSection}</li>
 *   <li>dereference vs a static file — {@link DereferenceSection}</li>
 *   <li>search — {@link SearchSection}</li>
 *   <li>memory with a small heap — {@link MemorySection}</li>
 * </ol>
 */
public final class Benchmark {
    private final BenchSettings settings;
    private final PrintStream log;

    public Benchmark(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public List<Row> run() {
        Instant started = Instant.now();
        String loadBefore = loadAverage();
        List<Row> rows = new ArrayList<>();
        for (int size : settings.sizes()) {
            long t = System.nanoTime();
            try {
                rows.addAll(new SizeBench(size, settings, log).run());
            } catch (RuntimeException e) {
                // One size failing must not lose the others: the table says what broke.
                log.printf("[%d] FAILED: %s%n", size, e);
                e.printStackTrace(log);
                rows.add(Row.once(size, "0 setup", "FAILED: " + e, Double.NaN, "see the log of the run"));
            }
            rows.add(Row.once(size, "0 setup", "this size, start to end", Timing.ms(System.nanoTime() - t), "wall clock"));
        }
        rows.addAll(PagesSection.acrossSizes(rows));
        if (settings.memoryTriples() > 0) {
            try {
                rows.addAll(new MemorySection(settings, log).run());
            } catch (RuntimeException e) {
                log.printf("[memory] FAILED: %s%n", e);
                e.printStackTrace(log);
                rows.add(Row.once(0, MemorySection.PART, "FAILED: " + e, Double.NaN, "see the log of the run"));
            }
        }
        rows.sort(BenchReport.ORDER);
        BenchReport report = new BenchReport(rows, settings, started, Duration.between(started, Instant.now()),
                "load average (1, 5, 15 min) at the start " + loadBefore + ", at the end " + loadAverage());
        try {
            Files.createDirectories(settings.out());
            Files.writeString(settings.out().resolve("bench.md"), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(settings.out().resolve("bench.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.println(report.markdown());
        log.println("wrote " + settings.out().resolve("bench.md") + " and " + settings.out().resolve("bench.json"));
        return rows;
    }

    /** The machine's load (other processes compete for the same cores), where the system tells it. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
