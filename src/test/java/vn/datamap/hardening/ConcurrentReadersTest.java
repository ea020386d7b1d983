package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.datamap.DatamapServer;
import vn.datamap.hardening.CatalogueProbes.Seen;
import vn.datamap.support.HttpTester;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * Sixteen readers and one writer on one server: the writer switches an agency's catalogue
 * between two versions (six and nine databases, differently titled; {@link SwitchedCatalogue})
 * while the readers ask for it every way the server offers ({@link CatalogueProbes}) — SPARQL,
 * the DCAT catalogue whole and paged, the database pages, search, health. No answer may be a 5xx,
 * and every answer must show version A or version B whole, never a mix.
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

    private static TestServer server;
    private static SwitchedCatalogue a;
    private static SwitchedCatalogue b;

    private final EndpointTally tally = new EndpointTally();
    private final List<String> torn = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger switches = new AtomicInteger();
    private final List<Long> writeMillis = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        server = TestServer.start(DatamapServer.create().demo(false).property("datamap.admin-password", ADMIN_PASSWORD));
        a = SwitchedCatalogue.of("A", "alphaconc", 6, AGENCY);
        b = SwitchedCatalogue.of("B", "bravoconc", 9, AGENCY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readersSeeOneWholeVersionAndNoServerErrorWhileAWriterSwitchesIt() throws Exception {
        assertThat(put(a).statusCode()).isEqualTo(200);
        Map<String, Supplier<Seen>> probes = new CatalogueProbes(server, AGENCY, a, b).byEndpoint();
        List<String> probeNames = new ArrayList<>(probes.keySet());

        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            Future<?> writer = pool.submit(() -> {
                write();
                return null;
            });
            List<Future<?>> readers = IntStream.range(0, READERS).mapToObj(i -> pool.submit(() -> {
                read(i, probes, probeNames);
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

        System.out.println(tally.table(switches.get(), writeMillis));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(tally.serverErrors()).as("5xx answers and failed requests").isEmpty();
        soft.assertThat(torn.size()).as("torn or unexpected reads, such as:%n%s",
                torn.stream().distinct().limit(10).collect(Collectors.joining("\n"))).isZero();
        soft.assertThat(switches.get()).as("versions the writer made live").isGreaterThanOrEqualTo(MIN_SWITCHES);
        for (String name : probeNames) {
            if (!name.equals("health")) {
                soft.assertThat(tally.versionsSeen(name)).as("versions %s observed", name)
                        .containsExactlyInAnyOrder("A", "B");
            }
        }
        soft.assertAll();
    }

    /** Switches the catalogue between B and A for {@link #RUN}, on to {@link #MIN_SWITCHES} within {@link #CAP}; then stops the readers. */
    private void write() {
        long start = System.nanoTime();
        SwitchedCatalogue next = b;
        try {
            while (System.nanoTime() - start < RUN.toNanos()
                    || (switches.get() < MIN_SWITCHES && System.nanoTime() - start < CAP.toNanos())) {
                long started = System.nanoTime();
                HttpResponse<byte[]> r = put(next);
                writeMillis.add((System.nanoTime() - started) / 1_000_000);
                tally.status("PUT catalogue (writer)", r.statusCode());
                String status = r.statusCode() == 200 ? WriteClient.json(r).get("status").asString() : HttpTester.text(r);
                if (!"accepted".equals(status)) {
                    torn.add("writer: PUT of version " + next.name() + " answered " + r.statusCode() + " " + status);
                } else {
                    switches.incrementAndGet();
                    next = next == a ? b : a;
                }
            }
        } finally {
            running.set(false);
        }
    }

    /** Reader {@code i}: the probes in turn, starting from the i-th, while the writer runs. */
    private void read(int i, Map<String, Supplier<Seen>> probes, List<String> probeNames) {
        for (int round = i; running.get(); round++) {
            String name = probeNames.get(round % probeNames.size());
            Seen seen;
            try {
                seen = probes.get(name).get();
            } catch (RuntimeException e) {
                seen = new Seen(-1, null, null);
                torn.add(name + ": " + e);
            }
            tally.status(name, seen.status());
            if (seen.version() != null) {
                tally.version(name, seen.version());
            }
            if (seen.torn() != null) {
                torn.add(name + ": " + seen.torn());
            }
        }
    }

    private static HttpResponse<byte[]> put(SwitchedCatalogue v) {
        return CatalogueProbes.send(HttpRequest.newBuilder(URI.create(server.url("/api/agencies/" + AGENCY + "/catalogue")))
                .header("Authorization", ADMIN).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(v.turtle())));
    }
}
