package vn.datamap.store;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of one named graph after another, read from TDB2's quad table as node ids and each
 * id decoded once per scan. {@code DatasetGraph.find} decodes all four ids of every quad through
 * TDB2's shared node cache, whose bookkeeping (a concurrent map and an access-order buffer) was
 * half the server's time in an unpaged export; an export repeats the same few ids all along (its
 * graph, a subject for each of its triples, every predicate, the agencies and concepts linked
 * to). A scan keeps the ids it decoded in a table of its own, emptied at {@link #KEPT} entries
 * so that memory stays bounded, and hands the sink the same {@link Node} instance for the same
 * id, which a writer keeping written forms finds at once. An id new to the scan is looked up in
 * the store's {@link CommittedNodes} (in a read transaction) before TDB2's node table. The
 * quads, their order and their nodes are those of {@code find(g, ANY, ANY, ANY)}: the same
 * index, the same decoding. Outside TDB2 (a dataset in memory) it falls back to {@code find}.
 * Within the caller's transaction; one scan per thread. It reads through TDB2's internal API
 * ({@code TDBInternal}, the quad table's {@code NodeTupleTable}), which a Jena upgrade may
 * change: {@code QuadScanTest} is what says so.
 */
final class QuadScan {
    static final int KEPT = 16_384;
    /** Open addressing on a node id's place in the node table: twice as many slots as kept ids. */
    private static final int BITS = 15;
    private final DatasetGraph dsg;
    private final NodeTupleTable quads;
    private final CommittedNodes committed;
    private final long[] places = new long[1 << BITS];
    private final Node[] nodes = new Node[1 << BITS];
    private int kept;

    /**
     * A scan of {@code dsg}, looking up and keeping decoded nodes in {@code committed} too when
     * that is given and the transaction is a plain read (whose ids are all committed ones).
     */
    QuadScan(DatasetGraph dsg, CommittedNodes committed) {
        this.dsg = dsg;
        DatasetGraph tdb = TdbStore.tdb2Under(dsg);
        this.quads = TDBInternal.isTDB2(tdb) ? TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable() : null;
        this.committed = dsg.transactionType() == TxnType.READ ? committed : null;
    }

    /** Sends every quad of {@code graph} to {@code sink}. */
    void send(Node graph, StreamRDF sink) {
        if (quads == null) {
            Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(sink::quad);
            } finally {
                Iter.close(it);
            }
            return;
        }
        NodeTable table = quads.getNodeTable();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Tuple<NodeId> ids = it.next();
                // Tuples come in the table's own order: graph, subject, predicate, object.
                sink.quad(Quad.create(node(table, ids.get(0)), node(table, ids.get(1)), node(table, ids.get(2)),
                        node(table, ids.get(3))));
            }
        } finally {
            Iter.close(it);
        }
    }

    /**
     * The node of {@code id}. Only ids pointing into the node table are kept: an inline value (a
     * number, a date) is decoded from the id itself, without TDB2's cache, as TDB2 does.
     */
    private Node node(NodeTable table, NodeId id) {
        if (!id.isPtr()) {
            return table.getNodeForNodeId(id);
        }
        long place = id.getPtrLocation();
        int slot = CommittedNodes.slot(place, BITS);
        for (; nodes[slot] != null; slot = (slot + 1) & (nodes.length - 1)) {
            if (places[slot] == place) {
                return nodes[slot];
            }
        }
        Node node = committed == null ? null : committed.get(place);
        if (node == null) {
            node = table.getNodeForNodeId(id);
            if (committed != null) {
                committed.put(place, node);
            }
        }
        if (kept >= KEPT) {
            Arrays.fill(nodes, null);
            kept = 0;
            slot = CommittedNodes.slot(place, BITS);
        }
        places[slot] = place;
        nodes[slot] = node;
        kept++;
        return node;
    }
}
