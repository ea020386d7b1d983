package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.WriteClient;

/**
 * Kills the packaged server ({@code java -jar target/datamap.jar}, a child process) with SIGKILL at
 * several points of a large catalogue submission, restarts it on the same data directory and
 * checks that the store opens and that the agency's catalogue, its revision history and the
 * text index all show exactly the catalogue from before or exactly the one submitted. The kill
 * points follow what the server does, seen in its data directory: the TDB2 files of the map
 * ({@code store/}), its Lucene index ({@code text/}) and the revision log ({@code system/}).
 * Run by failsafe after {@code package}; the children's output goes to {@code target/crash-recovery/}.
 */
@Tag("slow")
class CrashRecoveryIT {
    private static final String AGENCY = "moj";
    private static final String ADMIN_PASSWORD = "crash-recovery-admin-password";
    private static final String ADMIN = WriteClient.basic("admin", ADMIN_PASSWORD);
    private static final Path WORK = Path.of("target", "crash-recovery").toAbsolutePath();
    private static final Node MODIFIED = NodeFactory.createURI("http://purl.org/dc/terms/modified");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Process> CHILDREN = new ArrayList<>();

    /** Where the kill lands; the first point (a completed submission) also times the others. */
    private enum KillPoint {
        AFTER_RESPONSE("after the 200 answer", Event.RESPONSE),
        AT_SEND("as the body starts to go out", Event.BODY_SENDING),
        CHECKING("half-way to the first store write (parsing, validating)", null),
        STORE_WRITING("store files changing: write transaction open", Event.STORE_WRITING),
        TEXT_WRITING("Lucene files changing inside the transaction", Event.TEXT_WRITING),
        REVISION_COMMITTED("revision log committed, store not yet", Event.REVISION_COMMITTED),
        STORE_COMMITTING("store journal being written: commit under way", Event.STORE_COMMITTING),
        STORE_JOURNAL_FULL("store journal as long as a whole commit's", Event.STORE_JOURNAL_FULL);

        final String aim;
        final Event trigger;

        KillPoint(String aim, Event trigger) {
            this.aim = aim;
            this.trigger = trigger;
        }
    }

    /** What can be seen of a submission from outside the server, in the order it happens. */
    private enum Event {
        BODY_SENDING, BODY_SENT, STORE_WRITING, TEXT_WRITING, REVISION_WRITING, REVISION_COMMITTED,
        STORE_COMMITTING, STORE_JOURNAL_FULL, STORE_COMMITTED, RESPONSE
    }

    /** One catalogue of the agency: its Turtle and its triples without modification dates (the server stamps those). */
    private record Version(String name, String marker, int databases, byte[] turtle, Set<Triple> core) {
    }

    private record Revision(int number, String activity, String agent) {
    }

    private record Row(KillPoint point, long killedAtMs, String seen, String put, int exit, String outcome,
                       String revisions, String text, long restartMs) {
    }

    @AfterAll
    static void killChildren() {
        synchronized (CHILDREN) {
            CHILDREN.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void aSubmissionKilledAtAnyPointLeavesTheCatalogueAsBeforeOrAsSubmitted() throws Exception {
        Path jar = Path.of(System.getProperty("datamap.jar", "target/datamap.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged server (run after mvn package)").exists();
        deleteTree(WORK);
        Path data = Files.createDirectories(WORK.resolve("data"));
        Files.createDirectories(WORK.resolve("logs"));
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Version empty = new Version("none", "", 0, new byte[0], Set.of());
        Version a = version("A", "alphakilo", 600, base);
        Version b = version("B", "bravokilo", 640, base);
        Node graph = NodeFactory.createURI(base + "graph/catalog/" + AGENCY);

        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Version live = empty;
        long checkingDelay = 2000;
        long fullJournal = Long.MAX_VALUE;
        Server server = Server.start(jar, data, base, port, "00-first-start");
        try {
            server.awaitUp();
            assertThat(liveCatalogue(server, graph)).as("a fresh store without demo data has no catalogue of %s", AGENCY).isEmpty();
            int n = 0;
            for (KillPoint point : KillPoint.values()) {
                Version target = live == a ? b : a;
                List<Revision> before = revisions(server);
                Attempt attempt = submitAndKill(server, data, target, point, checkingDelay, fullJournal);
                if (point == KillPoint.AFTER_RESPONSE) {
                    checkingDelay = attempt.seen.getOrDefault(Event.STORE_WRITING, 4000L) / 2;
                    fullJournal = attempt.longestStoreJournal;
                }
                String label = String.format("%02d-after-%s", ++n, point.name().toLowerCase().replace('_', '-'));
                long restartStart = System.nanoTime();
                server = Server.start(jar, data, base, port, label);
                server.awaitUp();
                long restartMs = (System.nanoTime() - restartStart) / 1_000_000;
                Version outcome = check(server, graph, live, target, List.of(a, b), before, point, problems);
                boolean rebuilt = server.log().contains("Text index is out of step");
                String what = outcome == null ? "NEITHER" : (outcome == live ? "before: " : "submitted: ") + outcome.name;
                rows.add(new Row(point, attempt.killedAtMs, attempt.seenText(), attempt.put, attempt.exit, what,
                        before.size() + " -> " + revisions(server).size(), rebuilt ? "rebuilt at start" : "in step", restartMs));
                if (outcome == null) {
                    break;
                }
                live = outcome;
            }
        } finally {
            server.kill();
            report(rows);
        }
        assertThat(problems).as("crash recovery problems (table in target/crash-recovery/outcomes.txt)").isEmpty();
        assertThat(rows).hasSize(KillPoint.values().length);
        deleteTree(data); // kept when a check fails, for a look at the store
    }

    // --- one submission, killed -------------------------------------------------------------------

    private static final class Attempt {
        Map<Event, Long> seen;
        long killedAtMs;
        long longestStoreJournal;
        String put;
        int exit;

        String seenText() {
            return seen.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(e -> e.getKey().name().toLowerCase().replace('_', '-') + "@" + e.getValue())
                    .collect(Collectors.joining(" "));
        }
    }

    private static Attempt submitAndKill(Server server, Path data, Version target, KillPoint point, long checkingDelay,
                                         long fullJournal) throws InterruptedException {
        DataDirWatch watch = new DataDirWatch(data, server.process, fullJournal);
        watch.killOn = point.trigger;
        watch.killAfterMs = point == KillPoint.CHECKING ? checkingDelay : -1;
        Thread watcher = new Thread(watch, "data-dir-watch");
        watcher.setDaemon(true);
        watcher.start();
        HttpRequest put = HttpRequest.newBuilder(server.uri("/api/agencies/" + AGENCY + "/catalogue"))
                .timeout(Duration.ofMinutes(3)).header("Authorization", ADMIN).header("Content-Type", "text/turtle")
                .PUT(watched(target.turtle, watch)).build();
        CompletableFuture<HttpResponse<byte[]>> answer = CLIENT.sendAsync(put, HttpResponse.BodyHandlers.ofByteArray());
        Attempt attempt = new Attempt();
        try {
            HttpResponse<byte[]> response = answer.get(3, TimeUnit.MINUTES);
            watch.mark(Event.RESPONSE);
            attempt.put = response.statusCode() + " " + (response.statusCode() == 200
                    ? WriteClient.json(response).get("status").asString() : HttpTester.text(response));
        } catch (ExecutionException e) {
            attempt.put = "cut off (" + e.getCause().getClass().getSimpleName() + ")";
        } catch (TimeoutException e) {
            attempt.put = "no answer in 3 min";
        }
        watch.killNow(); // the point of AFTER_RESPONSE; for the others, a no-op unless the kill missed its moment
        server.process.waitFor(30, TimeUnit.SECONDS);
        watch.stop = true;
        watcher.join(5000);
        attempt.seen = Map.copyOf(watch.seen);
        attempt.killedAtMs = watch.killedAtMs;
        attempt.longestStoreJournal = watch.longestStoreJournal;
        attempt.exit = server.process.isAlive() ? -1 : server.process.exitValue();
        // 128 + 9: the child died of SIGKILL (Process.destroyForcibly on Linux), not of anything else.
        assertThat(attempt.exit).as("%s: exit status of the killed server (put: %s)", point, attempt.put).isEqualTo(137);
        if (point != KillPoint.AFTER_RESPONSE) {
            assertThat(attempt.put).as("%s: the kill must land before the answer (seen: %s)", point, attempt.seenText())
                    .startsWith("cut off");
        } else {
            assertThat(attempt.put).as("the uninterrupted submission").isEqualTo("200 accepted");
        }
        return attempt;
    }

    /** The body as it goes out, telling the watch when the first bytes and the last have been handed over. */
    private static HttpRequest.BodyPublisher watched(byte[] body, DataDirWatch watch) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return inner.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                inner.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        watch.mark(Event.BODY_SENDING);
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        watch.mark(Event.BODY_SENT);
                        subscriber.onComplete();
                    }
                });
            }
        };
    }

    /**
     * Polls the data directory every millisecond or so and records when each part of the store
     * first moves; kills the server the moment the awaited event is seen (from this thread, so
     * that no scheduling stands between seeing and killing).
     */
    private static final class DataDirWatch implements Runnable {
        private final Path data;
        private final Process process;
        private final long start = System.nanoTime();
        private final Map<Path, List<Long>> baseline;
        private final long fullJournal;
        volatile long longestStoreJournal;
        final Map<Event, Long> seen = new ConcurrentHashMap<>();
        volatile Event killOn;
        volatile long killAfterMs = -1;
        volatile long killedAtMs = -1;
        volatile boolean stop;
        private boolean systemJournalUsed;
        private boolean storeJournalUsed;

        DataDirWatch(Path data, Process process, long fullJournal) {
            this.data = data;
            this.process = process;
            this.fullJournal = fullJournal;
            this.baseline = files();
        }

        void mark(Event event) {
            seen.putIfAbsent(event, elapsed());
        }

        synchronized void killNow() {
            if (killedAtMs < 0) {
                process.destroyForcibly();
                killedAtMs = elapsed();
            }
        }

        @Override
        public void run() {
            while (!stop && process.isAlive()) {
                Map<Path, List<Long>> now = files();
                area(now, "store", Event.STORE_WRITING);
                area(now, "text", Event.TEXT_WRITING);
                area(now, "system", Event.REVISION_WRITING);
                long system = journal(now, "system");
                long store = journal(now, "store");
                systemJournalUsed |= system > 0;
                if (systemJournalUsed && system == 0) {
                    mark(Event.REVISION_COMMITTED);
                }
                if (store > 0) {
                    storeJournalUsed = true;
                    mark(Event.STORE_COMMITTING);
                    longestStoreJournal = Math.max(longestStoreJournal, store);
                }
                if (store >= fullJournal) {
                    mark(Event.STORE_JOURNAL_FULL);
                }
                if (storeJournalUsed && store == 0) {
                    mark(Event.STORE_COMMITTED);
                }
                if ((killOn != null && killOn != Event.RESPONSE && seen.containsKey(killOn))
                        || (killAfterMs >= 0 && seen.containsKey(Event.BODY_SENDING) && elapsed() - seen.get(Event.BODY_SENDING) >= killAfterMs)) {
                    killNow();
                }
                Thread.onSpinWait();
            }
        }

        private void area(Map<Path, List<Long>> now, String dir, Event event) {
            for (Map.Entry<Path, List<Long>> e : now.entrySet()) {
                if (e.getKey().startsWith(data.resolve(dir)) && !e.getKey().getFileName().toString().endsWith(".lock")
                        && !e.getValue().equals(baseline.get(e.getKey()))) {
                    mark(event);
                    return;
                }
            }
        }

        private long journal(Map<Path, List<Long>> now, String dir) {
            return now.entrySet().stream().filter(e -> e.getKey().startsWith(data.resolve(dir))
                    && e.getKey().getFileName().toString().equals("journal.jrnl")).mapToLong(e -> e.getValue().get(0)).sum();
        }

        /** Size and modification time of every file under store/, text/ and system/. */
        private Map<Path, List<Long>> files() {
            Map<Path, List<Long>> all = new HashMap<>();
            for (String dir : List.of("store", "text", "system")) {
                try (Stream<Path> walk = Files.walk(data.resolve(dir))) {
                    walk.forEach(p -> {
                        try {
                            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                            if (attrs.isRegularFile()) {
                                all.put(p, List.of(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                            }
                        } catch (IOException gone) {
                            // A Lucene file deleted between listing and reading: the next round sees it.
                        }
                    });
                } catch (IOException | UncheckedIOException gone) {
                    // A folder changing under the walk: the next round sees it.
                }
            }
            return all;
        }

        private long elapsed() {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    // --- the store after the restart ------------------------------------------------------------

    /**
     * Which version is live, or null when it is neither; every other check is recorded in
     * {@code problems}.
     */
    private static Version check(Server server, Node graph, Version before, Version submitted, List<Version> versions,
                                 List<Revision> revisionsBefore, KillPoint point, List<String> problems) {
        Set<Triple> live = liveCatalogue(server, graph);
        Set<Triple> core = withoutModified(live);
        Version outcome = core.equals(before.core) ? before : core.equals(submitted.core) ? submitted : null;
        String at = point + ": ";
        if (outcome == null) {
            problems.add(at + "the live catalogue is neither the one before (" + before.core.size() + " triples) nor the one "
                    + "submitted (" + submitted.core.size() + "): it has " + core.size() + " triples, "
                    + intersection(core, before.core) + " of the first and " + intersection(core, submitted.core) + " of the second");
            return null;
        }
        if (point == KillPoint.AFTER_RESPONSE && outcome != submitted) {
            problems.add(at + "a submission answered 200 is not live after a kill -9");
        }
        if ((point == KillPoint.AT_SEND || point == KillPoint.CHECKING || point == KillPoint.STORE_WRITING
                || point == KillPoint.TEXT_WRITING) && outcome != before) {
            problems.add(at + "a submission killed before its write transaction could commit is live");
        }
        long counted = server.count(Sparql.PREFIXES + "SELECT (COUNT(DISTINCT ?db) AS ?n) WHERE { GRAPH <" + graph.getURI()
                + "> { ?catalog dcat:dataset ?db . ?db a dm:Database } }");
        if (counted != outcome.databases) {
            problems.add(at + "SPARQL counts " + counted + " databases, the live catalogue has " + outcome.databases);
        }
        checkRevisions(server, live, outcome == before, revisionsBefore, at, problems);
        checkTextIndex(server, graph, outcome, versions, at, problems);
        return outcome;
    }

    /**
     * The newest revision holds exactly the live catalogue; a submission that did not become live
     * left no revision, and one that did left exactly one.
     */
    private static void checkRevisions(Server server, Set<Triple> live, boolean unchanged, List<Revision> before, String at,
                                       List<String> problems) {
        List<Revision> after = revisions(server);
        if (unchanged && !after.equals(before)) {
            problems.add(at + "the catalogue is as before, but its revisions went from " + before + " to " + after);
        }
        if (!unchanged) {
            int expected = before.isEmpty() ? 1 : before.get(0).number + 1;
            boolean one = after.size() == before.size() + 1 && after.subList(1, after.size()).equals(before)
                    && after.get(0).number == expected;
            boolean recorded = after.isEmpty() ? false
                    : (after.get(0).activity.equals("submission") && after.get(0).agent.equals("admin"))
                    || (after.get(0).activity.equals("start") && after.get(0).agent.equals("system"));
            if (!one || !recorded) {
                problems.add(at + "the submitted catalogue is live, but its revisions went from " + before + " to " + after);
            }
        }
        if (!after.isEmpty()) {
            Set<Triple> newest = server.ntriples("/api/agencies/" + AGENCY + "/revisions/" + after.get(0).number);
            if (!newest.equals(live)) {
                problems.add(at + "the newest revision (" + after.get(0) + ", " + newest.size() + " triples) is not the live catalogue ("
                        + live.size() + " triples)");
            }
        } else if (!live.isEmpty()) {
            problems.add(at + "a live catalogue without any revision");
        }
    }

    /** The text index finds the live version's marker word on every database, and the other versions' nowhere. */
    private static void checkTextIndex(Server server, Node graph, Version live, List<Version> versions, String at, List<String> problems) {
        for (Version v : versions) {
            long expected = v == live ? live.databases : 0;
            long found = server.count(Sparql.PREFIXES + "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { (?s ?score) text:query (dct:title \"" + v.marker + "\" 100000) . "
                    + "GRAPH <" + graph.getURI() + "> { ?s a dm:Database } }");
            if (found != expected) {
                problems.add(at + "text:query finds " + found + " databases titled '" + v.marker + "', the live catalogue has " + expected);
            }
            JsonNode search = WriteClient.json(server.get("/search?type=database&limit=100&q=" + v.marker, "Accept", "application/json"));
            int total = search.get("total").asInt();
            if ((total > 0) != (expected > 0)) {
                problems.add(at + "/search?q=" + v.marker + " finds " + total + " databases, the live catalogue has " + expected);
            }
        }
    }

    /** The agency's graph as the dump has it: every triple, modification dates included. */
    private static Set<Triple> liveCatalogue(Server server, Node graph) {
        HttpResponse<byte[]> dump = server.get("/dump");
        assertThat(dump.statusCode()).as("/dump").isEqualTo(200);
        Set<Triple> triples = new HashSet<>();
        RDFParser.source(new ByteArrayInputStream(HttpTester.gunzip(dump.body()))).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().equals(graph)) {
                    triples.add(quad.asTriple());
                }
            }
        });
        return triples;
    }

    private static List<Revision> revisions(Server server) {
        HttpResponse<byte[]> r = server.get("/api/agencies/" + AGENCY + "/revisions", "Authorization", ADMIN, "Accept", "application/json");
        assertThat(r.statusCode()).as("revisions: %s", HttpTester.text(r)).isEqualTo(200);
        List<Revision> list = new ArrayList<>();
        WriteClient.json(r).get("revisions").forEach(n -> list.add(new Revision(n.get("number").asInt(),
                n.get("activity").asString(), n.get("agent").asString())));
        return list;
    }

    private static Set<Triple> withoutModified(Set<Triple> triples) {
        return triples.stream().filter(t -> !t.getPredicate().equals(MODIFIED)).collect(Collectors.toSet());
    }

    private static long intersection(Set<Triple> x, Set<Triple> y) {
        return x.stream().filter(y::contains).count();
    }

    // --- the catalogues -------------------------------------------------------------------------

    /** A catalogue of {@code databases} databases (ids shared between versions), each title carrying {@code marker}. */
    private static Version version(String name, String marker, int databases, String base) {
        StringBuilder t = new StringBuilder(databases * 1600);
        t.append("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dm: <https://w3id.org/vndatamap/ns#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog/%1$s> a dcat:Catalog, dm:AgencyCatalogue ;
                  dct:title "Danh mục thử nghiệm sự cố %2$s"@vi, "Crash test catalogue %2$s"@en ;
                  dct:description "Danh mục sinh tự động cho thử nghiệm sự cố, phiên bản %2$s."@vi, "Generated for the crash test, version %2$s."@en ;
                  dct:publisher <agency/%1$s> ; dct:issued "2024-01-02"^^xsd:date ; dct:modified "2026-01-02"^^xsd:date ;
                  dm:issuedBy <legal/qd-crash-test> ; dcat:contactPoint <contact/%1$s> ;
                  dcat:dataset""".formatted(AGENCY, marker));
        for (int i = 1; i <= databases; i++) {
            t.append(i == 1 ? " " : ", ").append("<dataset/crash-").append(String.format("%05d", i)).append('>');
        }
        t.append("""
                 .
                <legal/qd-crash-test> a dm:Decision, dm:LegalDocument ; dct:identifier "1/QĐ-THUNGHIEM" ;
                  dct:title "Quyết định thử nghiệm"@vi, "Test decision"@en ; dct:issued "2024-01-02"^^xsd:date .
                <contact/%1$s> a vcard:Organization, vcard:Kind ; vcard:fn "Đầu mối thử nghiệm"@vi ; vcard:hasEmail <mailto:crash@example.org> .
                """.formatted(AGENCY));
        for (int i = 1; i <= databases; i++) {
            t.append("""
                    <dataset/crash-%1$05d> a dcat:Dataset, dm:Database ; dct:identifier "crash-%1$05d" ;
                      dct:title "Cơ sở dữ liệu %2$s số %1$d"@vi, "Database %2$s number %1$d"@en ;
                      dct:description "Cơ sở dữ liệu thử nghiệm %2$s, phục vụ kiểm tra khôi phục sau sự cố."@vi, "Test database %2$s for crash recovery."@en ;
                      dct:publisher <agency/%3$s> ; dm:databaseKind <concept/database-kind/ministry-shared> ;
                      dm:sector <concept/sector/justice> ; dm:accessLevel <concept/access-level/shared> ;
                      dcat:keyword "thử nghiệm"@vi, "crash test"@en ; dct:issued "2024-02-01"^^xsd:date ; dct:modified "2025-03-01"^^xsd:date ;
                      dm:dependsOn <dataset/ndb-population> ; dm:legalBasis <legal/qd-crash-test> ; dm:roadmap <dataset/crash-%1$05d/roadmap> .
                    <dataset/crash-%1$05d/roadmap> a dm:Roadmap ; dm:milestone <dataset/crash-%1$05d/milestone/1>, <dataset/crash-%1$05d/milestone/2> .
                    <dataset/crash-%1$05d/milestone/1> a dm:Milestone ; dct:title "Xây dựng"@vi, "Build"@en ;
                      dm:milestoneKind <concept/milestone-kind/build> ; dm:status <concept/milestone-status/completed> ;
                      dm:plannedDate "2025-01-31"^^xsd:date ; dm:achievedDate "2025-02-20"^^xsd:date .
                    <dataset/crash-%1$05d/milestone/2> a dm:Milestone ; dct:title "Kết nối"@vi, "Connection"@en ;
                      dm:milestoneKind <concept/milestone-kind/connection> ; dm:status <concept/milestone-status/planned> ;
                      dm:plannedDate "2027-06-30"^^xsd:date .
                    """.formatted(i, marker, AGENCY));
        }
        String text = Normalizer.normalize(t.toString(), Normalizer.Form.NFC);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).base(base).parse(g);
        Set<Triple> core = withoutModified(g.find().toSet());
        return new Version(name, marker, databases, text.getBytes(StandardCharsets.UTF_8), core);
    }

    // --- the child process ------------------------------------------------------------------------

    /** The packaged server, started as an operator would: java -jar and DATAMAP_* variables. */
    private static final class Server {
        final Process process;
        final int port;
        final Path out;

        private Server(Process process, int port, Path out) {
            this.process = process;
            this.port = port;
            this.out = out;
        }

        static Server start(Path jar, Path data, String base, int basePort, String label) throws IOException {
            int port = portFree(basePort) ? basePort : freePort();
            Path out = WORK.resolve("logs").resolve(label + ".out");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString()).directory(WORK.toFile())
                    .redirectOutput(out.toFile()).redirectError(WORK.resolve("logs").resolve(label + ".err").toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("DATAMAP_") || k.equals("SERVER_PORT"));
            env.put("DATAMAP_DATA_DIR", data.toString());
            env.put("SERVER_PORT", Integer.toString(port));
            env.put("DATAMAP_BASE_URI", base);
            env.put("DATAMAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("DATAMAP_DEMO", "false");
            Process process = pb.start();
            synchronized (CHILDREN) {
                CHILDREN.add(process);
            }
            return new Server(process, port, out);
        }

        void awaitUp() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The server stopped (exit " + process.exitValue() + ") before it answered; log:\n" + tail());
                }
                try {
                    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == 200 && HttpTester.text(r).contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(200);
            }
            throw new AssertionError("The server did not report UP within 150 s; log:\n" + tail());
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<byte[]> get(String path, String... headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            try {
                return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        long count(String query) {
            HttpResponse<byte[]> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertThat(r.statusCode()).as("SPARQL: %s", HttpTester.text(r)).isEqualTo(200);
            return WriteClient.json(r).get("results").get("bindings").get(0).get("n").get("value").asLong();
        }

        Set<Triple> ntriples(String path) {
            HttpResponse<byte[]> r = get(path, "Authorization", ADMIN, "Accept", "application/n-triples");
            assertThat(r.statusCode()).as("%s: %s", path, HttpTester.text(r)).isEqualTo(200);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
            return g.find().toSet();
        }

        String log() {
            try {
                return Files.readString(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        String tail() {
            String log = log();
            return log.substring(Math.max(0, log.length() - 4000));
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void report(List<Row> rows) throws IOException {
        StringBuilder t = new StringBuilder(String.format("%-18s | %-54s | %8s | %-12s | %4s | %-16s | %-9s | %-16s | %s%n",
                "kill point", "aim", "kill ms", "PUT", "exit", "outcome", "revisions", "text index", "restart ms"));
        StringBuilder seen = new StringBuilder();
        for (Row r : rows) {
            t.append(String.format("%-18s | %-54s | %8d | %-12s | %4d | %-16s | %-9s | %-16s | %d%n", r.point, r.point.aim,
                    r.killedAtMs, r.put.length() > 12 ? r.put.substring(0, 12) : r.put, r.exit, r.outcome, r.revisions, r.text, r.restartMs));
            seen.append(String.format("%-18s seen (ms since the PUT began): %s; PUT: %s%n", r.point, r.seen, r.put));
        }
        String text = t + "\n" + seen;
        System.out.println(text);
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("outcomes.txt"), text);
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
