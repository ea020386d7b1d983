package vn.datamap.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A read view of a dataset whose default graph is the union of its named graphs. Query engines
 * see that union through context settings; code that asks the dataset for its default graph
 * directly (such as DESCRIBE) needs this view to see the same thing.
 */
public final class UnionDefaultGraphView extends DatasetGraphWrapper {
    public UnionDefaultGraphView(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getDefaultGraph() : super.getGraph(graphNode);
    }
}
