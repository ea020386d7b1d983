package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scan hands out exactly the quads of {@code find(g, ANY, ANY, ANY)}, in its order, whatever the dataset. */
class QuadScanTest {
    private static final String EX = "http://example.org/";
    private static final Node G1 = NodeFactory.createURI(EX + "graph/catalog/moj");
    private static final Node G2 = NodeFactory.createURI(EX + "graph/catalog/mof");
    /** Filled once: the tests only read it. */
    private static final DatasetGraph TDB = DatabaseMgr.createDatasetGraph();
    /** Shared by every scan of {@link #TDB}, as a store shares it between requests. */
    private static final CommittedNodes COMMITTED = new CommittedNodes();

    @BeforeAll
    static void fillTheStore() {
        fill(TDB);
    }

    /**
     * Two graphs with more distinct stored nodes than a scan keeps, inline values (integers,
     * dates, booleans, decimals), literals with languages, blank nodes and repeated predicates.
     */
    private static void fill(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            Node p = NodeFactory.createURI(EX + "p");
            for (int i = 0; i < QuadScan.KEPT + 3_000; i++) {
                Node g = i % 3 == 0 ? G2 : G1;
                Node s = NodeFactory.createURI(EX + "dataset/" + i / 4);
                dsg.add(g, s, p, NodeFactory.createLiteralLang("Cơ sở dữ liệu " + i, "vi"));
                if (i % 8 != 0) {
                    continue;
                }
                dsg.add(g, s, NodeFactory.createURI(EX + "n" + i % 5), NodeFactory.createLiteralDT(String.valueOf(i % 97), XSDDatatype.XSDinteger));
                dsg.add(g, s, p, NodeFactory.createLiteralDT("2025-0" + (1 + i % 9) + "-01", XSDDatatype.XSDdate));
                dsg.add(g, s, p, NodeFactory.createLiteralDT(i % 2 == 0 ? "true" : "false", XSDDatatype.XSDboolean));
                dsg.add(g, s, p, NodeFactory.createLiteralDT((i % 10) + ".5", XSDDatatype.XSDdecimal));
                dsg.add(g, s, p, NodeFactory.createBlankNode("b" + i % 11));
            }
            dsg.getDefaultGraph().add(NodeFactory.createURI(EX + "d"), p, NodeFactory.createURI(EX + "o"));
        });
    }

    private static List<Quad> scanned(DatasetGraph dsg, Node... graphs) {
        return scanned(dsg, COMMITTED, graphs);
    }

    private static List<Quad> scanned(DatasetGraph dsg, CommittedNodes committed, Node... graphs) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        Txn.executeRead(dsg, () -> send(new QuadScan(dsg, committed), sink, graphs));
        return quads;
    }

    private static void send(QuadScan scan, StreamRDF sink, Node... graphs) {
        for (Node g : graphs) {
            scan.send(g, sink);
        }
    }

    private static List<Quad> found(DatasetGraph dsg, Node... graphs) {
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            for (Node g : graphs) {
                var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                try {
                    it.forEachRemaining(quads::add);
                } finally {
                    Iter.close(it);
                }
            }
        });
        return quads;
    }

    @Test
    void onTdb2TheQuadsAreThoseOfFindInTheSameOrder() {
        DatasetGraph dsg = TDB;
        List<Quad> scanned = scanned(dsg, G1, G2);
        // More distinct stored nodes than a scan keeps: the table is emptied along the way.
        assertThat(scanned.stream().map(Quad::getObject).filter(Node::isLiteral).distinct().count()).isGreaterThan(QuadScan.KEPT);
        assertThat(scanned).containsExactlyElementsOf(found(dsg, G1, G2));
    }

    @Test
    void aRepeatedNodeIsHandedOutAsOneInstanceWhileItIsKept() {
        DatasetGraph dsg = TDB;
        List<Quad> scanned = scanned(dsg, G1).subList(0, 200);
        assertThat(scanned).allSatisfy(q -> assertThat(q.getGraph()).isSameAs(scanned.get(0).getGraph()));
        Quad first = scanned.get(0);
        assertThat(scanned.stream().filter(q -> q.getSubject().equals(first.getSubject())))
                .allSatisfy(q -> assertThat(q.getSubject()).isSameAs(first.getSubject()));
    }

    @Test
    void laterScansInOtherThreadsTakeTheNodesTheFirstDecodedAndStillMatchFind() throws Exception {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        fill(dsg);
        CommittedNodes committed = new CommittedNodes();
        List<Quad> first = scanned(dsg, committed, G1, G2);
        List<List<Quad>> later = new ArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            later.add(null);
            int index = t;
            threads[t] = new Thread(() -> later.set(index, scanned(dsg, committed, G1, G2)));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Quad> expected = found(dsg, G1, G2);
        assertThat(first).containsExactlyElementsOf(expected);
        for (List<Quad> quads : later) {
            assertThat(quads).containsExactlyElementsOf(expected);
            // A node decoded by the first scan (and not pushed out since) is the same instance.
            assertThat(quads.get(quads.size() - 1).getSubject()).isSameAs(first.get(first.size() - 1).getSubject());
        }
    }

    /**
     * A write that aborts gives its new nodes' places back, and the next write may put another
     * node there: a scan inside a write must not leave what it decoded for the readers after.
     */
    @Test
    void whatAScanInsideAnAbortedWriteDecodedIsNotHandedToLaterReaders() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        fill(dsg);
        CommittedNodes committed = new CommittedNodes();
        Node g = NodeFactory.createURI(EX + "graph/catalog/new");
        Node s = NodeFactory.createURI(EX + "dataset/new");
        Node p = NodeFactory.createURI(EX + "title");
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        dsg.add(g, s, p, NodeFactory.createLiteralLang("Bản nháp bị huỷ", "vi"));
        List<Quad> insideTheWrite = new ArrayList<>();
        send(new QuadScan(dsg, committed), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                insideTheWrite.add(quad);
            }
        }, g);
        dsg.abort();
        dsg.end();
        assertThat(insideTheWrite).hasSize(1);

        Txn.executeWrite(dsg, () -> dsg.add(g, s, p, NodeFactory.createLiteralLang("Bản đã công bố", "vi")));
        assertThat(scanned(dsg, committed, g)).containsExactlyElementsOf(found(dsg, g))
                .extracting(q -> q.getObject().getLiteralLexicalForm()).containsExactly("Bản đã công bố");
    }

    @Test
    void throughAWrapperAndOnADatasetInMemoryTheQuadsAreThoseOfFind() {
        DatasetGraph tdb = TDB;
        DatasetGraph wrapped = new DatasetGraphWrapper(tdb);
        assertThat(scanned(wrapped, G2, G1)).containsExactlyElementsOf(found(tdb, G2, G1));

        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        fill(memory);
        assertThat(scanned(memory, G1, G2)).containsExactlyElementsOf(found(memory, G1, G2));
    }

    @Test
    void aGraphThatIsNotThereHasNoQuads() {
        DatasetGraph dsg = TDB;
        assertThat(scanned(dsg, NodeFactory.createURI(EX + "graph/catalog/none"))).isEmpty();
    }
}
