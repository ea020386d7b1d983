package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * Sixteen readers and one writer on one server: the writer switches an agency's catalogue
 * between two versions (six and nine databases, differently titled) while the readers ask for
 * it every way the server offers — SPARQL, the DCAT catalogue whole and paged, the database
 * pages, search, health. No answer may be a 5xx, and every answer must show version A or
 * version B whole, never a mix.
 */
@Tag("slow")
class ConcurrentReadersTest {
    private static final String AGENCY = "moj";
    private static final String ADMIN_PASSWORD = "concurrent-readers-admin";
    private static final String ADMIN = WriteClient.basic("admin", ADMIN_PASSWORD);
    private static final int READERS = 16;
    private static final int MIN_SWITCHES = 8;
    /** The writer runs this long, and on until it has made {@link #MIN_SWITCHES} versions live, but never past {@link #CAP}. */
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final Duration CAP = Duration.ofSeconds(45);
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Node TITLE = NodeFactory.createURI(DCT + "title");
    private static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset");
    private static final Node TOTAL_ITEMS = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#totalItems");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static TestServer server;
    private static Version a;
    private static Version b;

    /** One version of the catalogue: its Turtle and the Vietnamese titles of its databases, by database id. */
    private record Version(String name, String marker, byte[] turtle, Map<String, String> titles) {
        Set<String> titleSet() {
            return new TreeSet<>(titles.values());
        }
    }

    /** What one request saw: its status, the version it showed (or null), and what was torn, if anything. */
    private record Seen(int status, String version, String torn) {
        static Seen of(int status, Version v) {
            return new Seen(status, v == null ? null : v.name, null);
        }

        static Seen torn(int status, String what) {
            return new Seen(status, null, what);
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(false).property("datamap.admin-password", ADMIN_PASSWORD));
        a = version("A", "alphaconc", 6);
        b = version("B", "bravoconc", 9);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readersSeeOneWholeVersionAndNoServerErrorWhileAWriterSwitchesIt() throws Exception {
        assertThat(put(a).statusCode()).isEqualTo(200);
        Map<String, Supplier<Seen>> probes = probes();
        Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
        Map<String, Map<String, LongAdder>> versions = new ConcurrentHashMap<>();
        List<String> torn = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger switches = new AtomicInteger();
        List<Long> writeMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> probeNames = new ArrayList<>(probes.keySet());

        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            Future<?> writer = pool.submit(() -> {
                long start = System.nanoTime();
                Version next = b;
                try {
                    while (System.nanoTime() - start < RUN.toNanos()
                            || (switches.get() < MIN_SWITCHES && System.nanoTime() - start < CAP.toNanos())) {
                        long started = System.nanoTime();
                        HttpResponse<byte[]> r = put(next);
                        writeMillis.add((System.nanoTime() - started) / 1_000_000);
                        count(statuses, "PUT catalogue (writer)", r.statusCode());
                        String status = r.statusCode() == 200 ? WriteClient.json(r).get("status").asString() : HttpTester.text(r);
                        if (!"accepted".equals(status)) {
                            torn.add("writer: PUT of version " + next.name + " answered " + r.statusCode() + " " + status);
                        } else {
                            switches.incrementAndGet();
                            next = next == a ? b : a;
                        }
                    }
                } finally {
                    running.set(false);
                }
                return null;
            });
            List<Future<?>> readers = IntStream.range(0, READERS).mapToObj(i -> pool.submit(() -> {
                for (int round = i; running.get(); round++) {
                    String name = probeNames.get(round % probeNames.size());
                    Seen seen;
                    try {
                        seen = probes.get(name).get();
                    } catch (RuntimeException e) {
                        seen = new Seen(-1, null, null);
                        torn.add(name + ": " + e);
                    }
                    count(statuses, name, seen.status);
                    if (seen.version != null) {
                        versions.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).computeIfAbsent(seen.version, k -> new LongAdder()).increment();
                    }
                    if (seen.torn != null) {
                        torn.add(name + ": " + seen.torn);
                    }
                }
                return null;
            })).collect(Collectors.toList());
            writer.get();
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            running.set(false);
            pool.shutdownNow();
        }

        System.out.println(table(statuses, versions, switches.get(), writeMillis));
        List<String> serverErrors = statuses.entrySet().stream().flatMap(e -> e.getValue().entrySet().stream()
                .filter(s -> s.getKey() >= 500 || s.getKey() < 0).map(s -> e.getKey() + " " + s.getKey() + " x" + s.getValue())).toList();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(serverErrors).as("5xx answers and failed requests").isEmpty();
        soft.assertThat(torn.size()).as("torn or unexpected reads, such as:%n%s",
                torn.stream().distinct().limit(10).collect(Collectors.joining("\n"))).isZero();
        soft.assertThat(switches.get()).as("versions the writer made live").isGreaterThanOrEqualTo(MIN_SWITCHES);
        for (String name : probeNames) {
            if (!name.equals("health")) {
                soft.assertThat(versions.getOrDefault(name, Map.of()).keySet()).as("versions %s observed", name)
                        .containsExactlyInAnyOrder("A", "B");
            }
        }
        soft.assertAll();
    }

    // --- what the readers ask -----------------------------------------------------------------------

    private static Map<String, Supplier<Seen>> probes() {
        String graph = server.base() + "graph/catalog/" + AGENCY;
        Map<String, Supplier<Seen>> probes = new TreeMap<>();
        probes.put("sparql count", () -> {
            HttpResponse<byte[]> r = sparql("SELECT (COUNT(DISTINCT ?db) AS ?n) WHERE { GRAPH <" + graph + "> { ?db a dm:Database } }");
            if (r.statusCode() != 200) {
                return Seen.torn(r.statusCode(), "status " + r.statusCode());
            }
            int n = WriteClient.json(r).get("results").get("bindings").get(0).get("n").get("value").asInt();
            return byCount(r.statusCode(), n, "databases");
        });
        probes.put("sparql titles", () -> {
            HttpResponse<byte[]> r = sparql("SELECT ?title WHERE { GRAPH <" + graph + "> { ?db a dm:Database ; dct:title ?title . "
                    + "FILTER(lang(?title) = \"vi\") } }");
            if (r.statusCode() != 200) {
                return Seen.torn(r.statusCode(), "status " + r.statusCode());
            }
            Set<String> titles = new TreeSet<>();
            WriteClient.json(r).get("results").get("bindings").forEach(row -> titles.add(row.get("title").get("value").asString()));
            return byTitles(r.statusCode(), titles);
        });
        probes.put("catalog whole ttl", () -> catalogue("/catalog/" + AGENCY, false));
        probes.put("catalog page ttl", () -> catalogue("/catalog/" + AGENCY + "?page=1&page_size=50", true));
        probes.put("dataset html", () -> {
            HttpResponse<byte[]> r = get("/dataset/conc-02", "text/html");
            String page = HttpTester.text(r);
            boolean showsA = page.contains(a.titles.get("conc-02"));
            boolean showsB = page.contains(b.titles.get("conc-02"));
            return r.statusCode() == 200 && showsA != showsB ? Seen.of(200, showsA ? a : b)
                    : Seen.torn(r.statusCode(), "status " + r.statusCode() + ", title of A shown: " + showsA + ", of B: " + showsB);
        });
        probes.put("dataset ttl", () -> datasetTitle("conc-03", Set.of(200)));
        probes.put("dataset ttl (only in B)", () -> datasetTitle("conc-08", Set.of(200, 404, 410)));
        probes.put("health", () -> {
            HttpResponse<byte[]> r = get("/actuator/health", "application/json");
            return r.statusCode() == 200 && HttpTester.text(r).contains("\"UP\"") ? Seen.of(200, null)
                    : Seen.torn(r.statusCode(), "health: " + HttpTester.text(r));
        });
        probes.put("search", () -> {
            Version asked = ThreadLocalFlip.next() ? a : b;
            HttpResponse<byte[]> r = get("/search?type=database&limit=100&q=" + asked.marker, "application/json");
            if (r.statusCode() != 200) {
                return Seen.torn(r.statusCode(), "status " + r.statusCode());
            }
            Set<String> titles = new TreeSet<>();
            WriteClient.json(r).get("results").forEach(hit -> titles.add(hit.get("title").get("vi").asString()));
            if (titles.isEmpty()) {
                return Seen.of(200, asked == a ? b : a);
            }
            return titles.equals(asked.titleSet()) ? Seen.of(200, asked)
                    : Seen.torn(200, "q=" + asked.marker + " found " + titles);
        });
        return probes;
    }

    /** The catalogue in Turtle: which databases it lists, their titles and (paged) the total it announces. */
    private static Seen catalogue(String path, boolean paged) {
        HttpResponse<byte[]> r = get(path, "text/turtle");
        if (r.statusCode() != 200) {
            return Seen.torn(r.statusCode(), "status " + r.statusCode());
        }
        Graph g = parse(r, path);
        Node catalogue = NodeFactory.createURI(server.base() + "catalog/" + AGENCY);
        Set<String> titles = new TreeSet<>();
        List<Node> datasets = g.find(catalogue, DATASET, Node.ANY).mapWith(t -> t.getObject()).toList();
        for (Node dataset : datasets) {
            titles.addAll(viTitles(g, dataset));
        }
        Seen seen = byTitles(200, titles);
        if (seen.torn == null && titles.size() != datasets.size()) {
            return Seen.torn(200, datasets.size() + " datasets listed with " + titles.size() + " titles " + titles);
        }
        if (seen.torn == null && paged) {
            long total = g.find(Node.ANY, TOTAL_ITEMS, Node.ANY).mapWith(t -> ((Number) t.getObject().getLiteralValue()).longValue())
                    .toList().stream().findFirst().orElse(-1L);
            if (total != datasets.size()) {
                return Seen.torn(200, "page lists " + datasets.size() + " datasets of version " + seen.version
                        + " but announces hydra:totalItems " + total);
            }
        }
        return seen;
    }

    /** A database's page in Turtle: its one Vietnamese title is that of A or of B. */
    private static Seen datasetTitle(String id, Set<Integer> allowed) {
        HttpResponse<byte[]> r = get("/dataset/" + id, "text/turtle");
        if (!allowed.contains(r.statusCode())) {
            return Seen.torn(r.statusCode(), id + ": status " + r.statusCode());
        }
        if (r.statusCode() != 200) {
            return Seen.of(r.statusCode(), a); // only version B has it
        }
        Set<String> titles = viTitles(parse(r, "/dataset/" + id), NodeFactory.createURI(server.base() + "dataset/" + id));
        if (titles.equals(Set.of(a.titles.getOrDefault(id, "-")))) {
            return Seen.of(200, a);
        }
        return titles.equals(Set.of(b.titles.get(id))) ? Seen.of(200, b) : Seen.torn(200, id + " titled " + titles);
    }

    private static Seen byCount(int status, int n, String what) {
        return n == a.titles.size() ? Seen.of(status, a) : n == b.titles.size() ? Seen.of(status, b)
                : Seen.torn(status, n + " " + what + " (A has " + a.titles.size() + ", B " + b.titles.size() + ")");
    }

    private static Seen byTitles(int status, Set<String> titles) {
        return titles.equals(a.titleSet()) ? Seen.of(status, a) : titles.equals(b.titleSet()) ? Seen.of(status, b)
                : Seen.torn(status, "titles " + titles);
    }

    private static Set<String> viTitles(Graph g, Node subject) {
        return g.find(subject, TITLE, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(o -> o.isLiteral() && "vi".equals(o.getLiteralLanguage()))
                .mapWith(Node::getLiteralLexicalForm).toSet();
    }

    /** Each reader thread alternates the word it searches for. */
    private static final class ThreadLocalFlip {
        private static final ThreadLocal<boolean[]> FLIP = ThreadLocal.withInitial(() -> new boolean[1]);

        static boolean next() {
            boolean[] f = FLIP.get();
            f[0] = !f[0];
            return f[0];
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    private static HttpResponse<byte[]> put(Version v) {
        return send(HttpRequest.newBuilder(URI.create(server.url("/api/agencies/" + AGENCY + "/catalogue")))
                .header("Authorization", ADMIN).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(v.turtle)));
    }

    private static HttpResponse<byte[]> sparql(String query) {
        return get("/sparql?query=" + URLEncoder.encode(Sparql.PREFIXES + query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    private static HttpResponse<byte[]> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).GET());
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Graph parse(HttpResponse<byte[]> r, String path) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).base(server.url(path)).parse(g);
        return g;
    }

    private static void count(Map<String, Map<Integer, LongAdder>> statuses, String name, int status) {
        statuses.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    private static String table(Map<String, Map<Integer, LongAdder>> statuses, Map<String, Map<String, LongAdder>> versions, int switches,
                                List<Long> writeMillis) {
        StringBuilder t = new StringBuilder(String.format("%n%-26s | %-28s | %s%n", "endpoint", "status: count", "version seen: count"));
        new TreeMap<>(statuses).forEach((name, byStatus) -> t.append(String.format("%-26s | %-28s | %s%n", name,
                new TreeMap<>(byStatus).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                new TreeMap<>(versions.getOrDefault(name, Map.of())).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")))));
        return t.append("versions made live by the writer: ").append(switches).append(", PUT took ")
                .append(writeMillis.stream().mapToLong(Long::longValue).summaryStatistics()).append(" ms\n").toString();
    }

    // --- the two versions -----------------------------------------------------------------------------

    private static Version version(String name, String marker, int databases) {
        Map<String, String> titles = new TreeMap<>();
        StringBuilder t = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dm: <https://w3id.org/vndatamap/ns#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog/%1$s> a dcat:Catalog, dm:AgencyCatalogue ;
                  dct:title "Danh mục thử nghiệm đồng thời, phiên bản %2$s"@vi, "Concurrency test catalogue, version %2$s"@en ;
                  dct:description "Danh mục thử nghiệm đọc ghi đồng thời."@vi, "Catalogue for the concurrency test."@en ;
                  dct:publisher <agency/%1$s> ; dct:issued "2024-01-02"^^xsd:date ;
                  dm:issuedBy <legal/qd-concurrency-test> ; dcat:contactPoint <contact/%1$s> .
                <legal/qd-concurrency-test> a dm:Decision, dm:LegalDocument ; dct:identifier "2/QĐ-THUNGHIEM" ;
                  dct:title "Quyết định thử nghiệm"@vi, "Test decision"@en ; dct:issued "2024-01-02"^^xsd:date .
                <contact/%1$s> a vcard:Organization, vcard:Kind ; vcard:fn "Đầu mối thử nghiệm"@vi ; vcard:hasEmail <mailto:conc@example.org> .
                """.formatted(AGENCY, name));
        for (int i = 1; i <= databases; i++) {
            String id = String.format("conc-%02d", i);
            String title = "Cơ sở dữ liệu thử nghiệm %s số %02d".formatted(marker, i);
            titles.put(id, title);
            t.append("""
                    <catalog/%1$s> dcat:dataset <dataset/%2$s> .
                    <dataset/%2$s> a dcat:Dataset, dm:Database ; dct:identifier "%2$s" ;
                      dct:title "%3$s"@vi, "Test database %4$s number %5$02d"@en ;
                      dct:description "Cơ sở dữ liệu %4$s cho thử nghiệm đồng thời."@vi, "Database %4$s for the concurrency test."@en ;
                      dct:publisher <agency/%1$s> ; dm:databaseKind <concept/database-kind/ministry-shared> ;
                      dm:sector <concept/sector/justice> ; dm:accessLevel <concept/access-level/shared> ;
                      dct:issued "2024-02-01"^^xsd:date ; dm:legalBasis <legal/qd-concurrency-test> ; dm:roadmap <dataset/%2$s/roadmap> .
                    <dataset/%2$s/roadmap> a dm:Roadmap ; dm:milestone <dataset/%2$s/milestone/1> .
                    <dataset/%2$s/milestone/1> a dm:Milestone ; dct:title "Xây dựng"@vi, "Build"@en ;
                      dm:milestoneKind <concept/milestone-kind/build> ; dm:status <concept/milestone-status/planned> ;
                      dm:plannedDate "2027-06-30"^^xsd:date .
                    """.formatted(AGENCY, id, title, marker, i));
        }
        return new Version(name, marker, t.toString().getBytes(StandardCharsets.UTF_8), titles);
    }
}
