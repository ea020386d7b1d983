package vn.datamap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.cli.Cli;
import vn.datamap.validate.Finding;

/**
 * The CI smoke of {@code generate} and {@code bench}: files and table are written, the generated
 * catalogues conform. Times are not asserted: CI machines are shared and noisy.
 */
@Tag("slow")
class BenchSmokeTest {

    @Test
    void generateThenBench(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"generate", "--databases", "200", "--seed", "1", "--out", map.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        Map<String, Graph> catalogues = GeneratedMaps.parse(map);
        assertTrue(catalogues.size() > 30, "one file per agency: " + catalogues.keySet());
        List<Finding> findings = GeneratedMaps.findings(catalogues, List.copyOf(catalogues.keySet()));
        assertEquals(List.of(), findings.stream().filter(Finding::isViolation)
                .map(f -> f.focus() + " " + f.shape()).toList(), "the generated catalogues conform");

        Path bench = Path.of("target/bench-smoke");
        out.reset();
        code = Cli.run(new String[] {"bench", "--sizes", "200", "--iterations", "3", "--out", bench.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        String md = Files.readString(bench.resolve("bench.md"));
        String json = Files.readString(bench.resolve("bench.json"));
        for (String part : List.of("| catalog |", "| queries |", "| submit |")) {
            assertTrue(md.contains(part), part + " in\n" + md);
        }
        assertTrue(md.contains("ACCEPTED"), "the large catalogue was accepted:\n" + md);
        assertTrue(json.contains("\"medianMs\"") && json.trim().endsWith("}"), json);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| size | part |"), "table printed to stdout");
    }
}
