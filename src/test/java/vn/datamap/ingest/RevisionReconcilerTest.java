package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.datamap.DatamapServer;
import vn.datamap.store.Store;
import vn.datamap.support.TestServer;
import vn.datamap.vocab.Minted;

/**
 * At start the revision log is made to agree with the map. After a clean shutdown only the
 * catalogues written since are compared, and a write that bypassed the revision log is still
 * caught; without a clean shutdown to trust, every catalogue is compared.
 */
@ExtendWith(OutputCaptureExtension.class)
class RevisionReconcilerTest {
    private static final String BASE = "http://datamap.test/";
    private static final Node ALTERNATIVE = NodeFactory.createURI("http://purl.org/dc/terms/alternative");

    private static TestServer start(Path dir) {
        return TestServer.start(DatamapServer.create().demo(true).baseUri(BASE)
                .property("logging.level.vn.datamap.ingest.RevisionReconciler", "INFO"), dir, false);
    }

    @Test
    void aCleanRestartComparesOnlyWhatWasWrittenAndStillCatchesAWriteWithoutARevision(@TempDir Path dir,
                                                                                       CapturedOutput output) {
        int before;
        try (TestServer server = start(dir)) {
            assertThat(output.getAll()).contains("(all: no clean shutdown to trust)");
            Store store = server.server().context().getBean(Store.class);
            Minted minted = server.server().context().getBean(Minted.class);
            before = server.server().context().getBean(RevisionLog.class).latest("moj").number();
            // A write the revision log does not hear of: only a start can record it.
            Node graph = minted.catalogueGraph("moj");
            Graph changed = store.read(r -> r.graph(graph));
            changed.add(minted.catalogue("moj"), ALTERNATIVE, NodeFactory.createLiteralLang("Danh mục Bộ Tư pháp", "vi"));
            store.write(w -> {
                w.replaceGraph(graph, changed);
                return null;
            });
        }
        int catalogues = count(output.getAll(), "Compared ");
        try (TestServer server = start(dir)) {
            String second = output.getAll().substring(output.getAll().lastIndexOf("Compared "));
            assertThat(second).startsWith("Compared 1 of ").contains("those written since the last clean shutdown")
                    .contains("; 1 differed");
            Revision latest = server.server().context().getBean(RevisionLog.class).latest("moj");
            assertThat(latest.number()).isEqualTo(before + 1);
            assertThat(latest.activity()).isEqualTo("start");
            assertThat(latest.agent()).isEqualTo("system");
        }
        try (TestServer server = start(dir)) {
            String third = output.getAll().substring(output.getAll().lastIndexOf("Compared "));
            assertThat(third).startsWith("Compared 0 of ").contains("; 0 differed");
            assertThat(server.server().context().getBean(RevisionLog.class).latest("moj").number()).isEqualTo(before + 1);
        }
        assertThat(catalogues).isEqualTo(1);
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
