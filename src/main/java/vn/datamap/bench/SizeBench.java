package vn.datamap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import vn.datamap.DatamapServer;
import vn.datamap.store.DatasetDescription;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * Everything measured at one map size, in order: generate the map; start the application on an
 * empty data directory and load every catalogue into its store; stop it and copy the store (with
 * its text index) for the baselines; start it again on the loaded store; then pages, named
 * queries (against a plain Fuseki over the copy), search, dereference, exports (against RIOT over
 * the copy), and last the submission, the only part that changes the map; stop; the submission's
 * Jena baseline on the copy.
 */
final class SizeBench {
    private final int size;
    private final BenchSettings settings;
    private final PrintStream log;
    private final HttpProbe http = new HttpProbe();

    SizeBench(int size, BenchSettings settings, PrintStream log) {
        this.size = size;
        this.settings = settings;
        this.log = log;
    }

    List<Row> run() {
        List<Row> rows = new ArrayList<>();
        Path work = null;
        try {
            work = Files.createTempDirectory("datamap-bench-" + size + "-");
            Path dataDir = work.resolve("data");
            Path copy = work.resolve("copy");
            long t = System.nanoTime();
            MapGenerator.Result map = new MapGenerator(settings.seed()).generate(size, work.resolve("map"), settings.submissionTriples());
            rows.add(Row.once(size, "0 setup", "generate the map", Timing.ms(System.nanoTime() - t), String.format(Locale.ROOT,
                    "%d catalogues, %d triples, %.1f MB Turtle; largest %s (%d databases); seed %d", map.files(), map.triples(),
                    map.bytes() / 1e6, map.largestAgency(), map.databasesByAgency().get(map.largestAgency()), settings.seed())));
            log.printf(Locale.ROOT, "[%d] generated %d catalogues, %d triples%n", size, map.files(), map.triples());
            String base = load(map, dataDir, rows);
            t = System.nanoTime();
            StoreFiles.copyTree(dataDir.resolve("store"), copy.resolve("store"));
            StoreFiles.copyTree(dataDir.resolve("text"), copy.resolve("text"));
            rows.add(Row.once(size, "0 setup", "copy the stopped store and text index (for the baselines)",
                    Timing.ms(System.nanoTime() - t), String.format(Locale.ROOT, "store %.0f MB, text index %.0f MB",
                            StoreFiles.size(copy.resolve("store")) / 1e6, StoreFiles.size(copy.resolve("text")) / 1e6)));
            SubmissionSection submission = measure(map, dataDir, copy, base, rows);
            if (submission != null) {
                log.printf("[%d] Jena baseline of the submission%n", size);
                List<Row> jena = JenaSubmissionBaseline.run(size, copy, map.submission(), base,
                        new Minted(base).catalogueGraph(map.submission().agency()), SubmissionSection.rounds(settings));
                rows.addAll(jena);
                rows.addAll(submission.targets(jena.get(jena.size() - 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StoreFiles.delete(work);
        }
        return rows;
    }

    /** First start on an empty data directory, and the load; returns the base URI it recorded. */
    private String load(MapGenerator.Result map, Path dataDir, List<Row> rows) {
        long t = System.nanoTime();
        try (DatamapServer server = start(dataDir, null)) {
            rows.add(Row.once(size, "0 setup", "first start on an empty data directory (reference data)",
                    Timing.ms(System.nanoTime() - t), ""));
            t = System.nanoTime();
            long triples = StoreFiles.load(server.context().getBean(Store.class), server.context().getBean(Minted.class),
                    server.baseUri(), map.directory());
            double ms = Timing.ms(System.nanoTime() - t);
            rows.add(Row.once(size, "0 setup", "load every catalogue: parse + StoreWriter.replaceGraph, few transactions",
                    ms, String.format(Locale.ROOT, "%d triples, %.0f triples/s, text index included, no validation",
                            triples, triples / (ms / 1000))));
            log.printf(Locale.ROOT, "[%d] loaded %d triples in %.0f s%n", size, triples, ms / 1000);
            return server.baseUri();
        }
    }

    /** Starts on the loaded store and measures the parts asked for; the submission's section, or null when it is left out. */
    private SubmissionSection measure(MapGenerator.Result map, Path dataDir, Path copy, String base, List<Row> rows) {
        long t = System.nanoTime();
        try (DatamapServer server = start(dataDir, base)) {
            rows.add(Row.once(size, "0 setup", "start on the loaded store (checks the text index)",
                    Timing.ms(System.nanoTime() - t), ""));
            if (http.status(server.port(), DereferenceSection.STATIC, "*/*") != 200) {
                throw new IllegalStateException(DereferenceSection.STATIC + " does not answer 200");
            }
            SizeRun run = new SizeRun(size, settings, server, map, http, log);
            // What a plain Fuseki started with the project's fuseki-config serves: TDB2 behind its text index.
            DatasetGraph plain = DatasetDescription.load().open(copy.resolve("store"), copy.resolve("text"));
            plain.getContext().set(TDB2.symUnionDefaultGraph, true);
            FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", plain).build().start();
            try {
                if (settings.measures("pages")) {
                    rows.addAll(new PagesSection(run).measure());
                }
                if (settings.measures("queries")) {
                    rows.addAll(new QueriesSection(run, fuseki.getHttpPort()).measure());
                }
                if (settings.measures("search")) {
                    rows.addAll(new SearchSection(run).measure());
                }
                if (settings.measures("dereference")) {
                    rows.addAll(new DereferenceSection(run, fuseki.getHttpPort()).measure());
                }
                if (settings.measures("export")) {
                    rows.addAll(new ExportSection(run, plain).measure());
                }
            } finally {
                fuseki.stop();
                StoreFiles.close(plain);
            }
            if (!settings.measures("submission")) {
                return null;
            }
            SubmissionSection submission = new SubmissionSection(run);
            rows.addAll(submission.measureProject());
            return submission;
        }
    }

    private DatamapServer start(Path dataDir, String base) {
        return DatamapServer.create().port(0).baseUri(base).dataDir(dataDir).demo(false)
                .property("logging.level.root", "WARN").property("spring.main.banner-mode", "off")
                .property("datamap.admin-password", "bench-" + Long.toHexString(System.nanoTime()))
                .property("datamap.query-timeout", "600000,1800000")
                .property("datamap.named-query-timeout", "600000,1800000").start();
    }
}
