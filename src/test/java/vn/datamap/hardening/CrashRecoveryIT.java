package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.datamap.hardening.CrashOutcomeTable.Row;
import vn.datamap.hardening.RecoveredStore.Revision;
import vn.datamap.support.ChildServer;
import vn.datamap.support.WriteClient;

/**
 * Kills the packaged server ({@code java -jar target/datamap.jar}, a {@link ChildServer}) with
 * SIGKILL at several points of a large catalogue submission, restarts it on the same data
 * directory and checks that the store opens and that the agency's catalogue, its revision history
 * and the text index all show exactly the catalogue from before or exactly the one submitted. The
 * kill points ({@link KillPoint}) follow what the server does, seen in its data directory
 * ({@link DataDirectoryWatcher}): the TDB2 files of the map ({@code store/}), its Lucene index
 * ({@code text/}) and the revision log ({@code system/}). Run by failsafe after {@code package};
 * the children's output goes to {@code target/crash-recovery/}, with the outcome table.
 */
@Tag("slow")
class CrashRecoveryIT {
    private static final String AGENCY = "moj";
    private static final String ADMIN_PASSWORD = "crash-recovery-admin-password";
    private static final String ADMIN = WriteClient.basic("admin", ADMIN_PASSWORD);
    private static final Path WORK = Path.of("target", "crash-recovery").toAbsolutePath();
    private static final List<ChildServer> CHILDREN = new ArrayList<>();

    @AfterAll
    static void killChildren() {
        synchronized (CHILDREN) {
            CHILDREN.forEach(child -> child.process().destroyForcibly());
        }
    }

    @Test
    void aSubmissionKilledAtAnyPointLeavesTheCatalogueAsBeforeOrAsSubmitted() throws Exception {
        Path jar = Path.of(System.getProperty("datamap.jar", "target/datamap.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged server (run after mvn package)").exists();
        deleteTree(WORK);
        Path data = Files.createDirectories(WORK.resolve("data"));
        Files.createDirectories(WORK.resolve("logs"));
        int port = ChildServer.freePort();
        String base = "http://localhost:" + port + "/";
        CrashCatalogue a = CrashCatalogue.of("A", "alphakilo", 600, AGENCY, base);
        CrashCatalogue b = CrashCatalogue.of("B", "bravokilo", 640, AGENCY, base);
        Node graph = NodeFactory.createURI(base + "graph/catalog/" + AGENCY);
        ChildServer.Launcher launcher = launcher(jar, data, base, port);

        CrashOutcomeTable table = new CrashOutcomeTable();
        List<String> problems = new ArrayList<>();
        CrashCatalogue live = CrashCatalogue.none();
        KillTiming timing = KillTiming.UNTIMED;
        ChildServer server = start(launcher, "00-first-start");
        try {
            server.awaitUp();
            assertThat(new RecoveredStore(server, graph, AGENCY, ADMIN).liveCatalogue())
                    .as("a fresh store without demo data has no catalogue of %s", AGENCY).isEmpty();
            int n = 0;
            for (KillPoint point : KillPoint.values()) {
                CrashCatalogue target = live == a ? b : a;
                List<Revision> before = new RecoveredStore(server, graph, AGENCY, ADMIN).revisions();
                KilledSubmission attempt = KilledSubmission.run(server, data, catalogueUpload(server), target.turtle(), point, timing);
                if (point == KillPoint.AFTER_RESPONSE) {
                    timing = KillTiming.learntFrom(attempt);
                }
                String label = String.format("%02d-after-%s", ++n, point.name().toLowerCase().replace('_', '-'));
                long restartStart = System.nanoTime();
                server = start(launcher, label);
                server.awaitUp();
                long restartMs = (System.nanoTime() - restartStart) / 1_000_000;
                RecoveredStore store = new RecoveredStore(server, graph, AGENCY, ADMIN);
                CrashCatalogue outcome = store.check(live, target, List.of(a, b), before, point, problems);
                boolean rebuilt = server.log().contains("Text index is out of step");
                String what = outcome == null ? "NEITHER" : (outcome == live ? "before: " : "submitted: ") + outcome.name();
                table.add(new Row(point, attempt.killedAtMs(), attempt.seenText(), attempt.put(), attempt.exit(), what,
                        before.size() + " -> " + store.revisions().size(), rebuilt ? "rebuilt at start" : "in step", restartMs));
                if (outcome == null) {
                    break;
                }
                live = outcome;
            }
        } finally {
            server.kill();
            table.write(WORK);
        }
        assertThat(problems).as("crash recovery problems (table in target/crash-recovery/outcomes.txt)").isEmpty();
        assertThat(table.rows()).hasSize(KillPoint.values().length);
        deleteTree(data); // kept when a check fails, for a look at the store
    }

    /** The packaged server as an operator starts it: java -jar and DATAMAP_* variables, none inherited. */
    private static ChildServer.Launcher launcher(Path jar, Path data, String base, int port) {
        return ChildServer.jar(jar).workDir(WORK).logDir(WORK.resolve("logs"))
                .withoutInherited(k -> k.startsWith("DATAMAP_") || k.equals("SERVER_PORT"))
                .env("DATAMAP_DATA_DIR", data.toString())
                .env("DATAMAP_BASE_URI", base)
                .env("DATAMAP_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("DATAMAP_DEMO", "false")
                .port("SERVER_PORT", port);
    }

    private static ChildServer start(ChildServer.Launcher launcher, String label) throws IOException {
        ChildServer child = launcher.start(label);
        synchronized (CHILDREN) {
            CHILDREN.add(child);
        }
        return child;
    }

    /** The agency's catalogue submission as the admin sends it, all but the body. */
    private static HttpRequest.Builder catalogueUpload(ChildServer server) {
        return HttpRequest.newBuilder(server.uri("/api/agencies/" + AGENCY + "/catalogue"))
                .timeout(Duration.ofMinutes(3)).header("Authorization", ADMIN).header("Content-Type", "text/turtle");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
