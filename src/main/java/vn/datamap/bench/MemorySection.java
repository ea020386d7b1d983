package vn.datamap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.datamap.DatamapServer;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * 7. Memory: the server from the executable jar, in a child JVM with a small heap
 * ({@code -Xmx1g}), serving a store of {@link BenchSettings#memoryTriples()} triples generated and
 * loaded beforehand (in this JVM, through the project's store classes, text index included). It
 * must start and answer a catalogue page, named queries, a search, the whole {@code /dump} and
 * the unpaged export of the largest catalogue (N-Triples and JSON-LD) without running out of memory; last, the smallest
 * catalogue is sent again (unchanged) to see whether validation fits in that heap. Each step
 * records the child's resident set (now and peak; its own memory and the mapped store files), its
 * heap after a full GC and the most heap in use before any collection during the step (from its GC
 * log). A step that runs the server out of memory is reported with where it struck (from the
 * server's log), and a fresh server takes the next step. The child's logs stay in the output folder.
 */
final class MemorySection {
    static final String PART = "7 memory";
    private final BenchSettings settings;
    private final PrintStream log;
    private final HttpProbe http = new HttpProbe();
    private final String password = "bench-" + Long.toHexString(System.nanoTime());

    MemorySection(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    List<Row> run() {
        if (!Files.isRegularFile(settings.jar())) {
            return List.of(new Row(0, PART, "skipped: no " + settings.jar(), 0, Double.NaN, Double.NaN, "", null, "", "",
                    "build it first: ./mvnw -B package -DskipTests"));
        }
        List<Row> rows = new ArrayList<>();
        Path work = null;
        long started = System.nanoTime();
        try {
            work = Files.createTempDirectory("datamap-bench-memory-");
            int databases = databasesFor(settings.memoryTriples(), work.resolve("calibrate"));
            long t = System.nanoTime();
            MapGenerator.Result map = new MapGenerator(settings.seed()).generate(databases, work.resolve("map"), 1);
            rows.add(Row.once(databases, PART, "generate the map", Timing.ms(System.nanoTime() - t), String.format(Locale.ROOT,
                    "%d databases, %d triples, %.0f MB Turtle", databases, map.triples(), map.bytes() / 1e6)));
            log.printf(Locale.ROOT, "[memory] generated %d databases, %d triples%n", databases, map.triples());
            Path dataDir = work.resolve("data");
            t = System.nanoTime();
            String base;
            long triples;
            try (DatamapServer loader = DatamapServer.create().port(0).dataDir(dataDir).demo(false)
                    .property("logging.level.root", "WARN").property("datamap.admin-password", password).start()) {
                base = loader.baseUri();
                triples = StoreFiles.load(loader.context().getBean(Store.class), loader.context().getBean(Minted.class), base, map.directory());
            }
            double loadMs = Timing.ms(System.nanoTime() - t);
            rows.add(Row.once(databases, PART, "load it (in the benchmark's JVM, before the child starts)", loadMs,
                    String.format(Locale.ROOT, "%d triples, %.0f triples/s; store %.0f MB, text index %.0f MB", triples,
                            triples / (loadMs / 1000), StoreFiles.size(dataDir.resolve("store")) / 1e6,
                            StoreFiles.size(dataDir.resolve("text")) / 1e6)));
            log.printf(Locale.ROOT, "[memory] loaded %d triples in %.0f s%n", triples, loadMs / 1000);
            rows.addAll(serve(map, dataDir, base, databases, triples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            StoreFiles.delete(work);
        }
        rows.add(Row.once(rows.isEmpty() ? 0 : rows.get(0).size(), PART, "this part, start to end",
                Timing.ms(System.nanoTime() - started), "wall clock"));
        return rows;
    }

    private List<Row> serve(MapGenerator.Result map, Path dataDir, String base, int size, long triples)
            throws InterruptedException, IOException {
        List<Row> rows = new ArrayList<>();
        String largest = map.largestAgency();
        MapGenerator.Submission again = map.submission();
        // From light to heavy; a step that kills the server (OutOfMemoryError) gets it restarted for the next one.
        Map<String, Function<ChildServer, String>> steps = new LinkedHashMap<>();
        steps.put("GET /catalog?page=1&page_size=100", c -> get(c, "/catalog?page=1&page_size=100", "text/turtle"));
        steps.put("GET /queries/coverage-by-kind", c -> get(c, "/queries/coverage-by-kind", "application/sparql-results+json"));
        steps.put("GET /search?q=dan+cu", c -> get(c, "/search?q=dan+cu", "application/json"));
        steps.put("GET /dump (whole, streamed; MB on the wire)", c -> get(c, "/dump", "application/n-quads"));
        steps.put("GET /queries/overdue-milestones", c -> get(c, "/queries/overdue-milestones", "application/sparql-results+json"));
        steps.put("GET /catalog/{largest}.nt (" + largest + ", unpaged)", c -> get(c, "/catalog/" + largest + ".nt", "*/*"));
        steps.put("GET /catalog/{largest}.jsonld (" + largest + ", unpaged)", c -> get(c, "/catalog/" + largest + ".jsonld", "*/*"));
        steps.put("PUT /api/agencies/" + again.agency() + "/catalogue (the smallest, unchanged, " + again.triples() + " triples)",
                c -> put(c, again));
        boolean ok = true;
        boolean died = false;
        ChildServer child = null;
        try {
            for (Map.Entry<String, Function<ChildServer, String>> step : steps.entrySet()) {
                if (child == null || !child.alive()) {
                    if (child != null) {
                        died = true;
                    }
                    Path logs = Files.createDirectories(settings.out().resolve("memory-child-" + rows.size()));
                    long t = System.nanoTime();
                    child = ChildServer.start(settings.jar(), settings.memoryHeap(), dataDir, base, password, logs);
                    boolean up = child.awaitHealthy(http, Duration.ofMinutes(15));
                    rows.add(step(child, size, (died ? "start again (the last one ran out of memory or died): " : "start: ") + "java -Xmx"
                            + settings.memoryHeap() + " -jar " + settings.jar().getFileName(), Timing.ms(System.nanoTime() - t),
                            up ? "200" : "did not start", 0));
                    ok &= up;
                    if (!up) {
                        break;
                    }
                }
                int gcFrom = child.gcLines();
                long s = System.nanoTime();
                String status;
                try {
                    status = step.getValue().apply(child);
                } catch (RuntimeException e) {
                    status = "failed: " + e.getMessage();
                }
                double ms = Timing.ms(System.nanoTime() - s);
                if (!child.alive() || child.outOfMemory()) {
                    status += child.outOfMemory() ? "; " + child.outOfMemoryWhere() : "; the server died";
                    died = true;
                    // A JVM that ran out of memory is not trusted with the next step: a fresh one takes it.
                    rows.add(step(child, size, step.getKey(), ms, status, gcFrom));
                    log.printf("[memory] %s: %s%n", step.getKey(), status);
                    ok = false;
                    child.close();
                    continue;
                }
                ok &= status.startsWith("200") && !status.contains("OutOfMemoryError");
                rows.add(step(child, size, step.getKey(), ms, status, gcFrom));
                log.printf("[memory] %s: %s%n", step.getKey(), status);
            }
        } finally {
            if (child != null) {
                died |= child.alive() && child.outOfMemory();
                child.close();
            }
        }
        rows.add(new Row(size, PART, String.format(Locale.ROOT, "TARGET serves a %d-triple store with -Xmx%s", triples,
                settings.memoryHeap()), steps.size(), Double.NaN, Double.NaN, "", null, "every step 200, no OOM",
                ok && !died ? "met" : "NOT met", died ? "OutOfMemoryError or the server died: see the steps" : "no OutOfMemoryError"));
        return rows;
    }

    private Row step(ChildServer child, int size, String what, double ms, String status, int gcFrom) {
        long[] rss = child.alive() ? child.rssMiB() : new long[] {-1, -1, -1, -1};
        long heap = child.alive() ? child.heapAfterGcMiB() : -1;
        String note = String.format(Locale.ROOT, "%s; RSS %d MiB (peak %d) = own %d + mapped files %d; heap after full GC %d MiB; "
                + "most heap in use during the step %d MiB", status, rss[0], rss[1], rss[2], rss[3], heap, child.gcPeakMiB(gcFrom));
        return new Row(size, PART, what, 1, ms, ms, "ms", null, "", "", note);
    }

    private String get(ChildServer child, String path, String accept) {
        HttpProbe.Download d = http.download(child.port(), path, accept);
        return String.format(Locale.ROOT, "200, %.1f MB", d.bytes() / 1e6);
    }

    private String put(ChildServer child, MapGenerator.Submission again) {
        try {
            String[] answer = http.put(child.port(), "/api/agencies/" + again.agency() + "/catalogue", "text/turtle",
                    Files.readAllBytes(again.file()), "admin", password);
            return answer[0] + " " + answer[1].replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Databases that make about {@code triples} triples, from a small map of the same generator. */
    private int databasesFor(long triples, Path dir) {
        MapGenerator.Result sample = new MapGenerator(settings.seed()).generate(2000, dir);
        StoreFiles.delete(dir);
        return (int) Math.ceil(1.01 * triples / (sample.triples() / 2000.0)); // 1% over: headers weigh less at scale
    }
}
