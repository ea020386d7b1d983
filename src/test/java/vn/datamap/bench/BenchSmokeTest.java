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
 * The CI smoke of {@code generate} and {@code bench}: the generated catalogues conform, and one
 * tiny run of the benchmark writes a table with every part of issue 6, each target with a
 * verdict. Times are never asserted: CI machines are shared and noisy. The memory part is asked
 * for with a jar that does not exist, so it reports itself skipped instead of taking minutes.
 */
@Tag("slow")
class BenchSmokeTest {
    private static final List<String> PARTS = List.of("## 0 setup", "## 1 catalog page", "## 2 named query",
            "## 3 submission", "## 4 export", "## 5 dereference", "## 6 search", "## 7 memory");

    @Test
    void generateThenBench(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"generate", "--databases", "200", "--seed", "1", "--largest-triples", "3000",
                        "--out", map.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("submission"), out.toString(StandardCharsets.UTF_8));
        Map<String, Graph> catalogues = GeneratedMaps.parse(map);
        assertTrue(catalogues.size() > 30, "one file per agency: " + catalogues.keySet());
        List<String> agencies = List.copyOf(catalogues.keySet());
        List<Finding> findings = GeneratedMaps.findings(catalogues, List.of(agencies.get(0), agencies.get(agencies.size() / 2),
                agencies.get(agencies.size() - 1)));
        assertEquals(List.of(), findings.stream().filter(Finding::isViolation)
                .map(f -> f.focus() + " " + f.shape()).toList(), "the generated catalogues conform");

        Path bench = Path.of("target/bench-smoke");
        out.reset();
        code = Cli.run(new String[] {"bench", "--sizes", "200", "--iterations", "1", "--budget-seconds", "1",
                        "--warm-up-ms", "100", "--load-seconds", "1", "--clients", "4", "--submission-triples", "3000",
                        "--jar", dir.resolve("no-such.jar").toString(), "--out", bench.toString(), "--memory=1000"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        String md = Files.readString(bench.resolve("bench.md"));
        String json = Files.readString(bench.resolve("bench.json"));
        for (String part : PARTS) {
            assertTrue(md.contains(part + "\n"), part + " in\n" + md);
        }
        for (String target : List.of("≤ 1.5×", "≤ 1.15×", "≤ 2.0×", "≥ 0.8×", "≥ 0.5×")) {
            assertTrue(md.lines().anyMatch(l -> l.contains(target) && (l.contains("| met |") || l.contains("NOT met"))),
                    "a verdict for the target " + target + " in\n" + md);
        }
        assertTrue(md.contains("## Targets: "), md);
        assertTrue(!md.contains("FAILED"), "no part failed:\n" + md);
        assertTrue(md.contains("ACCEPTED"), "the large catalogue was accepted:\n" + md);
        assertTrue(md.contains("SHACL alone"), "the SHACL stage measured on its own:\n" + md);
        assertTrue(md.contains("result rows on both"), "named queries answer the same rows on both servers:\n" + md);
        assertTrue(md.contains("× plain Fuseki's DESCRIBE") && md.contains("DESCRIBE <iri> as Turtle"),
                "cold dereference set beside the plain Fuseki's DESCRIBE:\n" + md);
        assertTrue(md.contains("a static file of 1.0 MB from the same server"), "the exports say what HTTP alone costs:\n" + md);
        assertTrue(md.contains("skipped: no "), "the memory part says why it did not run:\n" + md);
        assertTrue(json.contains("\"ratio\"") && json.contains("\"verdict\"") && json.trim().endsWith("}"), json);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| size | what |"), "table printed to stdout");
    }

    @Test
    void onlyThePartsAskedForAreMeasured(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"bench", "--sizes", "150", "--parts", "pages,nonsense", "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("parts must be among"), err.toString(StandardCharsets.UTF_8));

        code = Cli.run(new String[] {"bench", "--sizes", "150", "--iterations", "1", "--budget-seconds", "1", "--warm-up-ms", "100",
                        "--parts", "pages, search", "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        String md = Files.readString(dir.resolve("bench.md"));
        for (String part : List.of("## 0 setup", "## 1 catalog page", "## 6 search")) {
            assertTrue(md.contains(part + "\n"), part + " in\n" + md);
        }
        for (String part : List.of("## 2 named query", "## 3 submission", "## 4 export", "## 5 dereference")) {
            assertTrue(!md.contains(part + "\n"), part + " left out of\n" + md);
        }
        assertTrue(!md.contains("FAILED"), "no part failed:\n" + md);
    }
}
