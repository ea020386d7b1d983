package vn.datamap.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code generate} and {@code bench} commands of the jar:
 * {@code generate --databases N [--seed S] --out DIR} and
 * {@code bench [--sizes 1000,10000] [--iterations N] [--seed S] [--out DIR]}.
 * Returns the exit codes of {@link vn.datamap.cli.Cli}: 0 done, 2 wrong usage.
 */
public final class BenchCommands {
    private static final int OK = 0, USAGE = 2, FAILED = 4;

    private BenchCommands() {}

    public static int run(String command, Map<String, String> options, PrintStream out, PrintStream err) {
        try {
            long seed = Long.parseLong(options.getOrDefault("seed", "1"));
            if (command.equals("generate")) {
                int databases = Integer.parseInt(options.getOrDefault("databases", "1000"));
                if (databases < 1 || !options.containsKey("out")) {
                    err.println("usage: generate --databases N [--seed S] --out DIR");
                    return USAGE;
                }
                MapGenerator.Result result = new MapGenerator(seed).generate(databases, Path.of(options.get("out")));
                out.printf("wrote %d databases in %d catalogues (%d KiB) to %s; largest: %s (%d)%n", databases,
                        result.files(), result.bytes() / 1024, result.directory(), result.largestAgency(),
                        result.databasesByAgency().get(result.largestAgency()));
                return OK;
            }
            List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "1000").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
            int iterations = Integer.parseInt(options.getOrDefault("iterations", "20"));
            Path dir = Path.of(options.getOrDefault("out", "target/bench"));
            new Benchmark(sizes, iterations, seed, dir, out).run();
            return OK;
        } catch (NumberFormatException e) {
            err.println("error: not a number: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("error: " + command + " failed: " + e);
            return FAILED;
        }
    }
}
