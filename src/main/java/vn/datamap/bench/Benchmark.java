package vn.datamap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import vn.datamap.DatamapServer;
import vn.datamap.ingest.BodyFormat;
import vn.datamap.ingest.CatalogueWriter;
import vn.datamap.ingest.Submission;
import vn.datamap.ingest.SubmissionOutcome;
import vn.datamap.ingest.SubmissionReader;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * One run, several map sizes. For each size: generate the map, start the whole application
 * in-process (random port, temporary data directory, demo off), load every catalogue but the
 * largest straight into the store, then measure (a) catalogue pages, (b) named queries against
 * the same SPARQL on a plain Fuseki over a copy of the store, (c) the submission of the largest
 * catalogue against a bare Jena parse-and-load. Writes {@code bench.md} and {@code bench.json}.
 */
public final class Benchmark {
    /** Named queries that need no parameter; the server binds "today", the plain query falls back to NOW(). */
    static final List<String> QUERIES = List.of("coverage-by-kind", "overdue-milestones", "national-database-dependents",
            "databases-by-kind");

    private final List<Integer> sizes;
    private final int iterations;
    private final long seed;
    private final Path out;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Benchmark(List<Integer> sizes, int iterations, long seed, Path out, PrintStream log) {
        this.sizes = sizes;
        this.iterations = Math.max(1, iterations);
        this.seed = seed;
        this.out = out;
        this.log = log;
    }

    /** One measured figure: a row of the table. */
    public record Row(int size, String section, String what, int n, double medianMs, double p99Ms, String note) {}

    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            rows.addAll(runSize(size));
        }
        BenchReport report = new BenchReport(rows, iterations, seed, Instant.now());
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("bench.md"), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("bench.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.println(report.markdown());
        log.println("wrote " + out.resolve("bench.md") + " and " + out.resolve("bench.json"));
        return rows;
    }

    private List<Row> runSize(int size) {
        List<Row> rows = new ArrayList<>();
        Path work = null;
        try {
            work = Files.createTempDirectory("datamap-bench-" + size + "-");
            Path mapDir = work.resolve("map");
            Path dataDir = work.resolve("data");
            long t0 = System.nanoTime();
            MapGenerator.Result map = new MapGenerator(seed).generate(size, mapDir);
            rows.add(new Row(size, "setup", "generate " + map.files() + " catalogues (" + map.bytes() / 1024 + " KiB)",
                    1, ms(System.nanoTime() - t0), ms(System.nanoTime() - t0), "seed " + seed));
            log.printf(Locale.ROOT, "[%d] generated %d catalogues, largest %s (%d databases)%n", size, map.files(),
                    map.largestAgency(), map.databasesByAgency().get(map.largestAgency()));

            Path largeFile = mapDir.resolve(map.largestAgency() + ".ttl");
            try (DatamapServer server = DatamapServer.create().port(0).dataDir(dataDir).demo(false)
                    .property("logging.level.root", "WARN").property("spring.main.banner-mode", "off")
                    .property("datamap.admin-password", "bench-" + Long.toHexString(System.nanoTime())).property("datamap.query-timeout", "120000,600000").start()) {
                String base = server.baseUri();
                Store store = server.context().getBean(Store.class);
                Minted minted = server.context().getBean(Minted.class);
                long load = System.nanoTime();
                try (Stream<Path> files = Files.list(mapDir)) {
                    for (Path file : files.sorted().toList()) {
                        String agency = file.getFileName().toString().replaceFirst("\\.ttl$", "");
                        if (agency.equals(map.largestAgency())) {
                            continue;
                        }
                        Graph g = GraphFactory.createDefaultGraph();
                        RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(g);
                        store.write(w -> {
                            w.replaceGraph(minted.catalogueGraph(agency), g);
                            return null;
                        });
                    }
                }
                double loadMs = ms(System.nanoTime() - load);
                rows.add(new Row(size, "setup", "load " + (map.files() - 1) + " catalogues (parse + StoreWriter.replaceGraph, no validation)",
                        1, loadMs, loadMs, "all but the largest"));

                rows.addAll(submission(size, server, largeFile, map.largestAgency(),
                        map.databasesByAgency().get(map.largestAgency()), base));
                rows.addAll(pages(size, server));
                List<double[]> app = new ArrayList<>();
                for (String q : QUERIES) {
                    double[] s = stats(iterations, () -> get(server.port(), "/queries/" + q, "application/sparql-results+json"));
                    app.add(s);
                }
                server.close();
                rows.addAll(compareWithFuseki(size, dataDir, app));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                delete(work);
            }
        }
        return rows;
    }

    /** (c) The largest catalogue through the project's write path, against Jena alone. */
    private List<Row> submission(int size, DatamapServer server, Path file, String agency, int databases, String base)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        byte[] body = Files.readAllBytes(file);
        String what = agency + ", " + databases + " databases, " + body.length / 1024 + " KiB";
        SubmissionReader reader = server.context().getBean(SubmissionReader.class);
        CatalogueWriter writer = server.context().getBean(CatalogueWriter.class);

        // One untimed round first, so that class loading and the first SHACL run are not counted.
        SubmissionReader.Parsed warm = reader.read(body, BodyFormat.TURTLE, agency);
        writer.check(new Submission(agency, warm.graph(), BodyFormat.TURTLE.mediaType(), body.length, "bench", true, null, null));
        long t = System.nanoTime();
        SubmissionReader.Parsed parsed = reader.read(body, BodyFormat.TURTLE, agency);
        double parse = ms(System.nanoTime() - t);
        Submission submission = new Submission(agency, parsed.graph(), BodyFormat.TURTLE.mediaType(), body.length,
                "bench", true, null, null);
        t = System.nanoTime();
        SubmissionOutcome dry = writer.check(submission);
        double validate = ms(System.nanoTime() - t);
        t = System.nanoTime();
        SubmissionOutcome outcome = writer.submit(submission);
        double submit = ms(System.nanoTime() - t);
        String status = outcome.status() + ", " + outcome.violations() + " violations, " + outcome.warnings() + " warnings";
        rows.add(new Row(size, "submit", "project: parse (SubmissionReader) — " + what, 1, parse, parse, ""));
        rows.add(new Row(size, "submit", "project: validate (CatalogueWriter.check, dry run)", 1, validate, validate,
                dry.violations() + " violations, " + dry.warnings() + " warnings"));
        rows.add(new Row(size, "submit", "project: submit (validate again + write + revision)", 1, submit, submit, status));
        rows.add(new Row(size, "submit", "project: write ≈ submit − validate", 1, submit - validate, submit - validate, ""));
        rows.add(new Row(size, "submit", "project: total parse + submit", 1, parse + submit, parse + submit, ""));

        Path tdb = Files.createTempDirectory("datamap-bench-jena");
        try {
            RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(GraphFactory.createDefaultGraph());
            t = System.nanoTime();
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(g);
            double jenaParse = ms(System.nanoTime() - t);
            Dataset ds = TDB2Factory.connectDataset(tdb.toString());
            Node name = NodeFactory.createURI(base + "graph/catalog/" + agency);
            t = System.nanoTime();
            Txn.executeWrite(ds, () -> g.find().forEachRemaining(tr -> ds.asDatasetGraph().add(name, tr.getSubject(), tr.getPredicate(), tr.getObject())));
            double jenaLoad = ms(System.nanoTime() - t);
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            rows.add(new Row(size, "submit", "Jena: parse (RDFParser)", 1, jenaParse, jenaParse, g.size() + " triples"));
            rows.add(new Row(size, "submit", "Jena: load into a TDB2 graph, one transaction", 1, jenaLoad, jenaLoad, ""));
            rows.add(new Row(size, "submit", "Jena: total", 1, jenaParse + jenaLoad, jenaParse + jenaLoad,
                    String.format(Locale.ROOT, "project / Jena = %.1f×", (parse + submit) / (jenaParse + jenaLoad))));
        } finally {
            delete(tdb);
        }
        return rows;
    }

    /** (a) First, middle and last page of the national catalogue, 100 datasets a page. */
    private List<Row> pages(int size, DatamapServer server) {
        String first = get(server.port(), "/catalog?page=1&page_size=100", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(first, Lang.TURTLE).base(server.baseUri()).parse(g);
        long total = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/hydra/core#totalItems"), Node.ANY)
                .mapWith(tr -> Long.parseLong(tr.getObject().getLiteralLexicalForm())).toList().stream()
                .max(Long::compare).orElse((long) size);
        long last = Math.max(1, (total + 99) / 100);
        List<Row> rows = new ArrayList<>();
        for (long page : new long[] {1, Math.max(1, (last + 1) / 2), last}) {
            String path = "/catalog?page=" + page + "&page_size=100";
            double[] s = stats(iterations, () -> get(server.port(), path, "text/turtle"));
            rows.add(new Row(size, "catalog", "GET " + path + " (Turtle)", iterations, s[0], s[1],
                    total + " items, " + last + " pages"));
        }
        return rows;
    }

    /** (b) The same SPARQL on a plain embedded Fuseki over a copy of the store the app left behind. */
    private List<Row> compareWithFuseki(int size, Path dataDir, List<double[]> app) throws IOException {
        List<Row> rows = new ArrayList<>();
        Path copy = Files.createTempDirectory("datamap-bench-fuseki");
        try {
            copyTree(dataDir.resolve("store"), copy);
            DatasetGraph dsg = TDB2Factory.connectDataset(copy.toString()).asDatasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", dsg).build().start();
            try {
                int port = fuseki.getHttpPort();
                for (int i = 0; i < QUERIES.size(); i++) {
                    String name = QUERIES.get(i);
                    String text = new String(Benchmark.class.getClassLoader()
                            .getResourceAsStream("datamap/named-queries/" + name + ".rq").readAllBytes(), StandardCharsets.UTF_8);
                    double[] plain = stats(iterations, () -> post(port, "/ds/query", text));
                    double[] ours = app.get(i);
                    rows.add(new Row(size, "queries", "GET /queries/" + name + " (app)", iterations, ours[0], ours[1], ""));
                    rows.add(new Row(size, "queries", "same SPARQL on plain Fuseki", iterations, plain[0], plain[1],
                            String.format(Locale.ROOT, "app / Fuseki = %.2f× (median)", ours[0] / plain[0])));
                }
            } finally {
                fuseki.stop();
                org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
            }
        } finally {
            delete(copy);
        }
        return rows;
    }

    /** Two warm-up calls, then {@code n} timed ones: median and p99 in ms. */
    static double[] stats(int n, Runnable call) {
        call.run();
        call.run();
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            times[i] = ms(System.nanoTime() - t);
        }
        java.util.Arrays.sort(times);
        double median = n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
        double p99 = times[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)];
        return new double[] {median, p99};
    }

    private String get(int port, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(Duration.ofMinutes(10)).GET().build();
        return send(request);
    }

    private String post(int port, String path, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return send(request);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
