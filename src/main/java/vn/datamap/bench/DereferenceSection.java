package vn.datamap.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.web.RepresentationCache;

/**
 * 5. Dereferencing databases ({@code GET /dataset/{id}}) as Turtle and as HTML under
 * {@link BenchSettings#clients()} concurrent clients, against the most trivial endpoint of the
 * same Spring application: {@code /favicon.svg}, a small static file. It passes the same Tomcat
 * connector and the same filters (security, CORS, compression) but touches neither the store nor
 * a template; {@code /actuator/health} would not do, since its health indicator reads the store.
 * Each format is loaded twice: a hot set of 256 databases spread over every agency, requested
 * again and again (answered from the representation cache once rendered), and a cold pass through
 * every database of the map (rendered for nearly every request, unless the map is small enough
 * for the pass to come round again; the note gives the share answered from the cache).
 * For scale, the same cold pass is sent to the plain Fuseki over the same data as
 * {@code DESCRIBE <iri>}, the cheapest description a SPARQL store gives (the database's own
 * statements, without the derived ones and the links pointing at it that ours adds), after a load
 * of the hot set that warms its code path as ours was warmed; that row has no target of its own,
 * and the note of our cold Turtle row says how it compares.
 */
final class DereferenceSection {
    static final String PART = "5 dereference";
    static final String STATIC = "/favicon.svg";
    /** Where the server's request threads are while they run project code. */
    static final List<StackSampler.Stage> STAGES = List.of(
            new StackSampler.Stage("links looked up among static resources (ResourceUrlEncodingFilter)",
                    List.of("org.springframework.web.servlet.resource.ResourceUrlProvider")),
            new StackSampler.Stage("HTML template (Thymeleaf)", List.of("org.thymeleaf.", "org.attoparser.")),
            new StackSampler.Stage("RDF writing (RIOT)", List.of("org.apache.jena.riot.")),
            new StackSampler.Stage("labels query", List.of("vn.datamap.linkeddata.ResourceDescriber#labels")),
            new StackSampler.Stage("page extras queries", List.of("vn.datamap.linkeddata.ResourceExtras")),
            new StackSampler.Stage("other queries (SPARQL on TDB2)", List.of("org.apache.jena.sparql.", "org.apache.jena.tdb2.",
                    "org.apache.jena.dboe.")));
    /** The innermost frame of these that a busy request thread is in. */
    static final List<String> DETAIL = List.of("org.springframework.web.servlet.resource.", "org.thymeleaf.", "vn.datamap.");
    private final SizeRun run;
    private final int fusekiPort;

    DereferenceSection(SizeRun run, int fusekiPort) {
        this.run = run;
        this.fusekiPort = fusekiPort;
    }

    List<Row> measure() {
        List<String> hot = sample(run.map(), 256);
        List<String> all = sample(run.map(), Integer.MAX_VALUE);
        int clients = run.settings().clients();
        Duration time = run.settings().loadTime();
        Duration warmUp = time.multipliedBy(2).dividedBy(5);
        RepresentationCache cache = run.bean(RepresentationCache.class);
        // One unreported round of the static file and of both hot sets first: at the first size the
        // JVM has not served such requests yet (the static file went from 2,027 to 6,650 answers a
        // second within this part at 1k), and the JIT's warm-up belongs to neither side.
        ConcurrentLoad.run(run.port(), "image/svg+xml,*/*", i -> STATIC, clients, warmUp, time);
        for (String accept : List.of("text/turtle", "text/html")) {
            ConcurrentLoad.run(run.port(), accept, cycling(hot, 0), clients, warmUp, time);
        }
        // The static file is measured before and after the pages and the faster of the two is the
        // baseline: Tomcat warms up during the run, and a cold baseline would flatter the pages.
        ConcurrentLoad.Result before = ConcurrentLoad.run(run.port(), "image/svg+xml,*/*", i -> STATIC, clients, warmUp, time);
        List<Row> rows = new ArrayList<>();
        List<String[]> loads = new ArrayList<>();
        List<ConcurrentLoad.Result> results = new ArrayList<>();
        for (String[] format : new String[][] {{"Turtle", "text/turtle"}, {"HTML", "text/html"}}) {
            for (boolean cold : new boolean[] {false, true}) {
                List<String> paths = cold ? all : hot;
                long[] figuresBefore = cache.figures();
                StackSampler sampler = StackSampler.ofBusyThreads("http-nio-", STAGES, DETAIL);
                try {
                    // The cold load starts where the hot set is not, so that its first requests are not cached either.
                    results.add(ConcurrentLoad.run(run.port(), format[1],
                            cycling(paths, cold ? paths.size() / 2 : 0), clients, warmUp, time));
                } finally {
                    sampler.close();
                }
                long[] figuresAfter = cache.figures();
                long hits = figuresAfter[2] - figuresBefore[2];
                long misses = figuresAfter[3] - figuresBefore[3];
                String what = String.format(Locale.ROOT, "GET /dataset/{id} as %s, %s", format[0], cold
                        ? "cold: cycling through all " + paths.size() + " databases"
                        : "hot set: " + paths.size() + " databases again and again");
                loads.add(new String[] {what, String.format(Locale.ROOT, "%.0f%% answered from the representation cache; "
                        + "server threads: %s; innermost frames: %s", 100.0 * hits / Math.max(1, hits + misses),
                        shares(sampler), sampler.topDetails(4))});
                run.say("dereference %s: %.0f req/s", what, results.get(results.size() - 1).perSecond());
            }
        }
        List<String> describe = all.stream().map(this::describe).toList();
        // Its code path warmed as ours was by the hot loads before the cold ones: the hot set once, unreported.
        List<String> describeHot = hot.stream().map(this::describe).toList();
        ConcurrentLoad.run(fusekiPort, "text/turtle", cycling(describeHot, 0), clients, warmUp, time);
        ConcurrentLoad.Result fuseki = ConcurrentLoad.run(fusekiPort, "text/turtle",
                cycling(describe, describe.size() / 2), clients, warmUp, time);
        run.say("dereference plain Fuseki DESCRIBE: %.0f req/s", fuseki.perSecond());
        ConcurrentLoad.Result after = ConcurrentLoad.run(run.port(), "image/svg+xml,*/*", i -> STATIC, clients, warmUp, time);
        ConcurrentLoad.Result base = before.perSecond() >= after.perSecond() ? before : after;
        Row baseline = row("static file GET " + STATIC + " (baseline)", base, String.format(Locale.ROOT,
                "baseline: the faster of %.0f req/s before the pages and %.0f after", before.perSecond(), after.perSecond()));
        List<String> probe = hot.subList(0, Math.min(20, hot.size()));
        double[] triples = {averageTriples(run.port(), probe), averageTriples(fusekiPort, probe.stream().map(this::describe).toList())};
        for (int i = 0; i < results.size(); i++) {
            String note = loads.get(i)[1];
            if (i == 1) { // cold Turtle, the row plain Fuseki's DESCRIBE is compared with
                note += String.format(Locale.ROOT, "; %.2f× plain Fuseki's DESCRIBE (below), answering %.0f triples a "
                        + "database where DESCRIBE answers %.0f", results.get(i).perSecond() / fuseki.perSecond(), triples[0], triples[1]);
            }
            rows.add(row(loads.get(i)[0], results.get(i), note).against(baseline, Target.DEREFERENCE));
        }
        rows.add(row("plain Fuseki on the same data, no project code: GET /ds/query?query=DESCRIBE <iri> as Turtle, cold: "
                + "cycling through all " + all.size() + " databases", fuseki, String.format(Locale.ROOT,
                "no target: for scale, the ratio is to our static file; %.0f triples a database (the database's own statements)",
                triples[1])).against(baseline, null));
        rows.add(baseline);
        return rows;
    }

    /** The i-th request of a load goes to the i-th of {@code paths}, from {@code offset} on, round and round. */
    private static IntFunction<String> cycling(List<String> paths, int offset) {
        return i -> paths.get(Math.floorMod(i + offset, paths.size()));
    }

    /** The plain Fuseki's request for {@code DESCRIBE} of the database at {@code path}. */
    private String describe(String path) {
        String query = "DESCRIBE <" + run.server().baseUri() + path.substring(1) + ">";
        return "/ds/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Triples per answer to the Turtle requests at {@code paths} on {@code port}: our server's or the plain Fuseki's. */
    private double averageTriples(int port, List<String> paths) {
        long triples = 0;
        for (String path : paths) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(run.http().get(port, path, "text/turtle"), Lang.TURTLE)
                    .base(run.server().baseUri()).parse(graph);
            triples += graph.size();
        }
        return triples / (double) Math.max(1, paths.size());
    }

    private static String shares(StackSampler sampler) {
        return sampler.shares().entrySet().stream().filter(e -> e.getValue() >= 0.01)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100 * e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Row row(String what, ConcurrentLoad.Result r, String note) {
        Timing latency = r.latenciesMs().length == 0 ? new Timing(0, Double.NaN, Double.NaN) : Timing.ofTimes(r.latenciesMs());
        String text = String.format(Locale.ROOT, "%d clients, %.0f s; latency median %.1f ms, p99 %.1f ms%s%s",
                run.settings().clients(), r.seconds(), latency.median(), latency.p99(),
                r.failures() > 0 ? "; " + r.failures() + " FAILED" : "", note.isEmpty() ? "" : "; " + note);
        return new Row(run.size(), PART, what, (int) r.requests(), r.perSecond(), r.perSecond(), "req/s", null, "", "", text);
    }

    /** Up to {@code count} database paths spread over the agencies of the map. */
    static List<String> sample(MapGenerator.Result map, int count) {
        List<String> paths = new ArrayList<>();
        int total = map.databasesByAgency().values().stream().mapToInt(Integer::intValue).sum();
        int step = Math.max(1, total / count);
        int seen = 0;
        for (Map.Entry<String, Integer> agency : map.databasesByAgency().entrySet()) {
            for (int i = 1; i <= agency.getValue(); i++, seen++) {
                if (seen % step == 0 && paths.size() < count) {
                    paths.add("/dataset/" + SyntheticCatalogue.id(agency.getKey(), i));
                }
            }
        }
        return paths;
    }
}
