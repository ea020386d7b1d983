package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision's catalogue is kept as a synced, gzipped N-Triples file and read back whole; a
 * revision recorded when snapshots were still graphs of the internal dataset is read from there.
 */
class RevisionLogTest {
    private static final Revision.Changes NONE = new Revision.Changes(1, List.of("csdl-1"), List.of(), List.of(), 0, 0, 0);

    private static Revision draft() {
        return new Revision("moj", 0, Instant.parse("2026-11-29T03:00:00Z"), "steward", "upload", "text/turtle", 10, 0, NONE, null);
    }

    @Test
    void aSnapshotIsAFileThatReadsBackAsTheSameGraph(@TempDir Path dataDir) throws Exception {
        Graph content = RDFParser.fromString("""
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://localhost/dataset/csdl-1> dct:title "Cơ sở dữ liệu hộ tịch"@vi, "Civil status"@en ;
                    dct:description "dòng 1\\ndòng 2 \\"trích\\""@vi .
                """, Lang.TURTLE).toGraph();
        try (RevisionLog log = RevisionLog.open(dataDir)) {
            Revision first = log.record("moj", content, draft());
            Revision second = log.record("moj", content, draft());
            assertThat(first.number()).isEqualTo(1);
            assertThat(second.number()).isEqualTo(2);
            assertThat(Files.isRegularFile(dataDir.resolve("system/snapshots/moj/2.nt.gz"))).isTrue();
            assertThat(log.snapshot("moj", 1).isIsomorphicWith(content)).isTrue();
            assertThat(log.snapshot("moj", 3)).isNull();
        }
        try (RevisionLog reopened = RevisionLog.open(dataDir)) {
            assertThat(reopened.snapshot("moj", 2).isIsomorphicWith(content)).isTrue();
            assertThat(reopened.latest("moj").number()).isEqualTo(2);
        }
        try (var files = Files.list(dataDir.resolve("system/snapshots/moj"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("1.nt.gz", "2.nt.gz");
        }
    }

    @Test
    void aRevisionRecordedBeforeSnapshotFilesIsReadFromItsGraph(@TempDir Path dataDir) {
        String internal = "urn:datamap:internal#";
        Node revision = NodeFactory.createURI("urn:datamap:revision:moj:1");
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dataDir.resolve("system").toString());
        Txn.executeWrite(dsg, () -> {
            Node meta = NodeFactory.createURI("urn:datamap:revisions");
            dsg.add(meta, revision, NodeFactory.createURI(internal + "agency"), NodeFactory.createLiteralString("moj"));
            dsg.add(meta, revision, NodeFactory.createURI(internal + "number"), NodeFactory.createLiteralDT("1",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            dsg.add(revision, NodeFactory.createURI("http://localhost/dataset/csdl-1"), title,
                    NodeFactory.createLiteralLang("Hộ tịch", "vi"));
        });
        TDBInternal.expel(dsg);
        try (RevisionLog log = RevisionLog.open(dataDir)) {
            Graph old = log.snapshot("moj", 1);
            assertThat(old.size()).isEqualTo(1);
            assertThat(old.contains(NodeFactory.createURI("http://localhost/dataset/csdl-1"), title,
                    NodeFactory.createLiteralLang("Hộ tịch", "vi"))).isTrue();
        }
    }
}
