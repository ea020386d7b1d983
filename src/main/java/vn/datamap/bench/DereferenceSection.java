package vn.datamap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 5. Dereferencing databases ({@code GET /dataset/{id}}) as Turtle and as HTML under
 * {@link BenchSettings#clients()} concurrent clients, against the most trivial endpoint of the
 * same Spring application: {@code /favicon.svg}, a small static file. It passes the same Tomcat
 * connector and the same filters (security, CORS, compression) but touches neither the store nor
 * a template; {@code /actuator/health} would not do, since its health indicator reads the store.
 * The requests cycle through 256 databases spread over every agency.
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

    DereferenceSection(SizeRun run) {
        this.run = run;
    }

    List<Row> measure() {
        List<String> paths = sample(run.map(), 256);
        int clients = run.settings().clients();
        Duration time = run.settings().loadTime();
        Duration warmUp = time.multipliedBy(2).dividedBy(5);
        // The static file is measured before and after the pages and the faster of the two is the
        // baseline: Tomcat warms up during the run, and a cold baseline would flatter the pages.
        ConcurrentLoad.Result before = ConcurrentLoad.run(run.port(), "image/svg+xml,*/*", i -> STATIC, clients, warmUp, time);
        List<Row> rows = new ArrayList<>();
        List<ConcurrentLoad.Result> pages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String[] format : new String[][] {{"Turtle", "text/turtle"}, {"HTML", "text/html"}}) {
            StackSampler sampler = StackSampler.ofBusyThreads("http-nio-", STAGES, DETAIL);
            try {
                pages.add(ConcurrentLoad.run(run.port(), format[1], i -> paths.get(Math.floorMod(i, paths.size())), clients, warmUp, time));
            } finally {
                sampler.close();
            }
            notes.add("server threads: " + shares(sampler) + "; innermost frames: " + sampler.topDetails(4));
        }
        ConcurrentLoad.Result after = ConcurrentLoad.run(run.port(), "image/svg+xml,*/*", i -> STATIC, clients, warmUp, time);
        ConcurrentLoad.Result base = before.perSecond() >= after.perSecond() ? before : after;
        Row baseline = row("static file GET " + STATIC + " (baseline)", base, String.format(Locale.ROOT,
                "baseline: the faster of %.0f req/s before the pages and %.0f after", before.perSecond(), after.perSecond()));
        String[] names = {"Turtle", "HTML"};
        for (int i = 0; i < 2; i++) {
            rows.add(row("GET /dataset/{id} as " + names[i], pages.get(i), notes.get(i)).against(baseline, Target.DEREFERENCE));
            run.say("dereference %s: %.0f req/s (static %.0f req/s)", names[i], pages.get(i).perSecond(), base.perSecond());
        }
        rows.add(baseline);
        return rows;
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
