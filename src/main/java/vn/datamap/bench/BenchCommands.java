package vn.datamap.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code generate} and {@code bench} commands of the jar (see {@link #USAGE_TEXT} and
 * docs/PERFORMANCE.md). Returns the exit codes of {@link vn.datamap.cli.Cli}: 0 done, 2 wrong
 * usage, 4 failed.
 */
public final class BenchCommands {
    private static final int OK = 0, USAGE = 2, FAILED = 4;
    public static final String USAGE_TEXT = """
            usage: generate --databases N [--seed S] [--largest-triples T] --out DIR
                   bench [--sizes 1000,10000,100000] [--iterations N] [--seed S] [--out target/bench]
                         [--budget-seconds 20] [--warm-up-ms 1000] [--clients 16] [--load-seconds 5] [--submission-triples 100000]
                         [--jar target/datamap.jar] [--heap 1g] [--memory [TRIPLES]]
                         [--parts pages,queries,search,dereference,export,submission]
              --memory adds the child-JVM memory check (10000000 triples unless a number follows); put it last
              or write --memory=TRIPLES, since a bare flag takes the next word as its value.
              --sizes none with --memory runs the memory check alone; --parts measures only those parts at each size.""";

    /** The options of each command, as read below; the command line refuses any other. */
    public static final Map<String, Set<String>> OPTIONS = Map.of(
            "generate", Set.of("databases", "seed", "largest-triples", "out"),
            "bench", Set.of("sizes", "iterations", "seed", "out", "budget-seconds", "warm-up-ms", "clients", "load-seconds",
                    "submission-triples", "jar", "heap", "memory", "parts"));

    private BenchCommands() {}

    public static int run(String command, Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            long seed = Long.parseLong(options.getOrDefault("seed", "1"));
            if (command.equals("generate")) {
                return generate(options, seed, out, err);
            }
            String sizeList = options.getOrDefault("sizes", "1000");
            List<Integer> sizes = sizeList.equals("none") ? List.of() : Arrays.stream(sizeList.split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
            if ((sizes.isEmpty() && !sizeList.equals("none")) || sizes.stream().anyMatch(s -> s < 100)) {
                err.println("error: every size must be at least 100 databases\n" + USAGE_TEXT);
                return USAGE;
            }
            String memory = options.getOrDefault("memory", "0");
            BenchSettings settings = new BenchSettings(sizes, Integer.parseInt(options.getOrDefault("iterations", "20")), seed,
                    Path.of(options.getOrDefault("out", "target/bench")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("budget-seconds", "20"))),
                    Duration.ofMillis(Long.parseLong(options.getOrDefault("warm-up-ms", "1000"))),
                    Integer.parseInt(options.getOrDefault("clients", "16")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-seconds", "5"))),
                    Long.parseLong(options.getOrDefault("submission-triples", "100000")),
                    memory.equals("true") ? 10_000_000L : Long.parseLong(memory),
                    options.getOrDefault("heap", "1g"), Path.of(options.getOrDefault("jar", "target/datamap.jar")),
                    Set.of(options.getOrDefault("parts", String.join(",", BenchSettings.PARTS)).split("\\s*,\\s*")));
            new Benchmark(settings, out).run();
            return OK;
        } catch (NumberFormatException e) {
            err.println("error: not a number: " + e.getMessage() + "\n" + USAGE_TEXT);
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "\n" + USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("error: " + command + " failed: " + e);
            e.printStackTrace(err);
            return FAILED;
        }
    }

    private static int generate(Map<String, String> options, long seed, PrintStream out, PrintStream err) {
        int databases = Integer.parseInt(options.getOrDefault("databases", "1000"));
        if (databases < 1 || !options.containsKey("out")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        long largest = Long.parseLong(options.getOrDefault("largest-triples", "0"));
        MapGenerator.Result result = new MapGenerator(seed).generate(databases, Path.of(options.get("out")), largest);
        out.printf("wrote %d databases (%d triples) in %d catalogues (%d KiB) to %s; largest: %s (%d)%n", databases,
                result.triples(), result.files(), result.bytes() / 1024, result.directory(), result.largestAgency(),
                result.databasesByAgency().get(result.largestAgency()));
        if (result.submission() != null) {
            MapGenerator.Submission s = result.submission();
            out.printf("wrote %s: %s grown from %d to %d databases, %d triples%n", s.file(), s.agency(),
                    s.storedDatabases(), s.databases(), s.triples());
        }
        return OK;
    }
}
