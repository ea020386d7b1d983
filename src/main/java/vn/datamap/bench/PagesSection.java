package vn.datamap.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.publish.GenerationWarmer;

/**
 * 1. Catalogue pages: the first, middle and last page of the national catalogue, 100 datasets a
 * page, as Turtle. The last page is usually partial (fewer datasets, so cheaper); the target row
 * uses the last <em>full</em> page, the last page that still holds 100 datasets, so that it
 * compares like with like.
 */
final class PagesSection {
    static final String PART = "1 catalog page";
    private static final int PAGE_SIZE = 100;
    private static final int WARM_UP = 40;
    private static final Node TOTAL = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#totalItems");
    private final SizeRun run;

    PagesSection(SizeRun run) {
        this.run = run;
    }

    List<Row> measure() {
        long started = System.nanoTime();
        long total = totalItems();
        Row cold = Row.once(run.size(), PART, "first request after the start: GET /catalog?page=1&page_size=" + PAGE_SIZE,
                Timing.ms(System.nanoTime() - started), "finds the CatalogIndex of this generation built in the background,"
                        + " or waits for it (or builds it) when it comes first");
        long[] built = run.bean(GenerationWarmer.class).lastBuild();
        Row background = built[1] < 0 ? null : Row.once(run.size(), PART, "CatalogIndex of a generation, built in the background"
                + " once the map is quiet after a start or a write (GenerationWarmer)", built[1], "generation " + built[0]);
        long lastFull = Math.max(1, total / PAGE_SIZE);
        long last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Long> pages = new LinkedHashMap<>();
        pages.put("first page", 1L);
        pages.put("middle page", Math.max(1, (lastFull + 1) / 2));
        pages.put("last full page", lastFull);
        if (last != lastFull) {
            pages.put("last page", last);
        }
        // Warm-up over pages spread through the catalogue: the first size runs in a fresh JVM, and its
        // first page is the baseline of the target row, which a cold server would flatter.
        for (int i = 0; i < WARM_UP; i++) {
            run.http().get(run.port(), "/catalog?page=" + (1 + i * (last - 1) / (WARM_UP - 1)) + "&page_size=" + PAGE_SIZE, "text/turtle");
        }
        List<Row> rows = new ArrayList<>(List.of(cold));
        if (background != null) {
            rows.add(background);
        }
        Row first = null;
        for (Map.Entry<String, Long> page : pages.entrySet()) {
            String path = "/catalog?page=" + page.getValue() + "&page_size=" + PAGE_SIZE;
            Timing t = run.time(() -> run.http().get(run.port(), path, "text/turtle"));
            long items = Math.min(PAGE_SIZE, total - (page.getValue() - 1) * PAGE_SIZE);
            Row row = Row.ms(run.size(), PART, page.getKey() + ": GET " + path + " (Turtle)", t,
                    items + " datasets; " + total + " in the map, " + last + " pages");
            if (first == null) {
                first = row;
                rows.add(row);
            } else {
                rows.add(row.against(first, null).withNote(row.note() + "; ratio vs first page"));
            }
        }
        run.say("pages: first %.1f ms, last full %.1f ms", first.median(), rows.get(3).median());
        return rows;
    }

    private long totalItems() {
        String first = run.http().get(run.port(), "/catalog?page=1&page_size=" + PAGE_SIZE, "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(first, Lang.TURTLE).base(run.server().baseUri()).parse(g);
        return g.find(Node.ANY, TOTAL, Node.ANY).mapWith(t -> Long.parseLong(t.getObject().getLiteralLexicalForm()))
                .toList().stream().max(Long::compare).orElse((long) run.size());
    }

    /** The target rows across sizes: the last (full) page at the largest size vs the first page at the smallest. */
    static List<Row> acrossSizes(List<Row> rows) {
        List<Row> pages = rows.stream().filter(r -> r.part().equals(PART)).toList();
        if (pages.isEmpty()) {
            return List.of();
        }
        int smallest = pages.stream().mapToInt(Row::size).min().orElseThrow();
        int largest = pages.stream().mapToInt(Row::size).max().orElseThrow();
        Optional<Row> first = find(pages, smallest, "first page");
        List<Row> out = new ArrayList<>();
        for (String which : List.of("last full page", "last page")) {
            Optional<Row> last = find(pages, largest, which);
            if (first.isPresent() && last.isPresent()) {
                Row l = last.get();
                out.add(new Row(largest, PART, String.format(Locale.ROOT, "TARGET %s at %d vs first page at %d", which,
                        largest, smallest), l.n(), l.median(), l.p99(), "ms", null, "", "", String.format(Locale.ROOT,
                        "baseline: first page at %d, median %.1f ms", smallest, first.get().median()))
                        .against(first.get(), Target.PAGE));
            }
        }
        return out;
    }

    private static Optional<Row> find(List<Row> pages, int size, String which) {
        return pages.stream().filter(r -> r.size() == size && r.what().startsWith(which + ":"))
                .max(Comparator.comparingInt(Row::n));
    }
}
