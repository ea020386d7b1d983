package vn.datamap.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one {@code bench} run measures and how hard it tries.
 *
 * @param sizes              map sizes, in databases
 * @param iterations         timed runs of a figure at most (after warm-up)
 * @param budget             time a figure may take before it stops at {@link Timing#MINIMUM} runs
 * @param warmUp             how long a block of a figure's warm-up runs takes ({@link Timing}: blocks until it has settled)
 * @param clients            concurrent clients of the dereference load
 * @param loadTime           how long each dereference load runs (after a warm-up of two fifths of it)
 * @param submissionTriples  size of the catalogue submitted (the generator grows one to it)
 * @param memoryTriples      store size of the memory check in a child JVM; 0 leaves it out
 * @param memoryHeap         the child JVM's -Xmx
 * @param jar                the executable jar the child JVM runs
 * @param parts              the parts measured at each size (a subset of {@link #PARTS}); the setup always runs
 */
public record BenchSettings(List<Integer> sizes, int iterations, long seed, Path out, Duration budget, Duration warmUp, int clients,
                            Duration loadTime, long submissionTriples, long memoryTriples, String memoryHeap, Path jar,
                            Set<String> parts) {
    /** The parts of a size's run, in the order they run. */
    public static final List<String> PARTS = List.of("pages", "queries", "search", "dereference", "export", "submission");

    public BenchSettings {
        parts = Set.copyOf(parts);
        if (!PARTS.containsAll(parts) || parts.isEmpty()) {
            throw new IllegalArgumentException("parts must be among " + PARTS + ", got " + parts);
        }
    }

    public static BenchSettings defaults(List<Integer> sizes, int iterations, long seed, Path out) {
        return new BenchSettings(sizes, iterations, seed, out, Duration.ofSeconds(20), Duration.ofSeconds(1), 16, Duration.ofSeconds(5),
                100_000, 0, "1g", Path.of("target/datamap.jar"), Set.copyOf(PARTS));
    }

    /** Whether this run measures that part. */
    public boolean measures(String part) {
        return parts.contains(part);
    }
}
