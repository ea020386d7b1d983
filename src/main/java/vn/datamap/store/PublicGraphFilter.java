package vn.datamap.store;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Lets TDB2's query engine see only the public graphs: TDB2 applies this test to every quad
 * tuple it matches (context key {@code SystemTDB.symTupleFilter}), so the union default graph
 * and {@code GRAPH ?g} are both restricted at index level, at no cost to the plan.
 * The stored default graph (triples, not quads) is never visible.
 */
final class PublicGraphFilter implements Predicate<Tuple<NodeId>> {
    private volatile Set<NodeId> visible = Set.of();

    /** Recomputes the visible set; call inside a transaction on {@code dsg}. */
    void update(DatasetGraph dsg, Collection<Node> publicGraphs) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        visible = publicGraphs.stream()
                .map(nodes::getNodeIdForNode)
                .filter(Objects::nonNull)
                .filter(id -> !NodeId.isDoesNotExist(id))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean test(Tuple<NodeId> tuple) {
        return tuple.len() == 4 && visible.contains(tuple.get(0));
    }
}
