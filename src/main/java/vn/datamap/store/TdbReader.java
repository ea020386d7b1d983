package vn.datamap.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.apache.jena.sparql.graph.GraphReadOnly;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

/** A reader of the live map (the named graphs) of a TDB2 dataset inside an open transaction. */
final class TdbReader implements StoreReader {
    private final DatasetGraph dsg;
    private final Map<Node, GraphRecord> graphs;
    private final StoreState state;
    private final ToLongFunction<Node> generations;
    private final GraphSizes sizes;
    private final CommittedNodes committed;

    /**
     * A reader of a snapshot; with null graphs (inside a write) every named graph counts. Sizes
     * are kept in {@code sizes}, or always counted when it is null (inside a write, whose graphs
     * may differ from what their generation says). Scans share decoded nodes through
     * {@code committed}, null inside a write.
     */
    TdbReader(DatasetGraph dsg, Map<Node, GraphRecord> graphs, StoreState state, ToLongFunction<Node> generations,
              GraphSizes sizes, CommittedNodes committed) {
        this.dsg = dsg;
        this.graphs = graphs;
        this.state = state;
        this.generations = generations;
        this.sizes = sizes;
        this.committed = committed;
    }

    private boolean isMapGraph(Node g) {
        return g != null && g.isURI() && (graphs == null ? dsg.containsGraph(g) : graphs.containsKey(g));
    }

    private QueryExec exec(Query query, Binding parameters) {
        return exec(query, parameters, null);
    }

    private QueryExec exec(Query query, Binding parameters, QueryTimeouts limits) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dsg).query(query);
        if (parameters != null && !parameters.isEmpty()) {
            builder.substitution(parameters);
        }
        if (limits != null) {
            limits.apply(builder);
        }
        return PublicQuerySettings.INSTANCE.apply(builder).build();
    }

    @Override
    public List<Binding> select(Query query, Binding parameters) {
        List<Binding> rows = new ArrayList<>();
        select(query, parameters, rows::add);
        return rows;
    }

    @Override
    public void select(Query query, Binding parameters, Consumer<Binding> row) {
        // Detached: a TDB2 binding resolves its nodes lazily and fails once the transaction is over.
        rows(query, parameters, rows -> {
            rows.forEachRemaining(b -> row.accept(b.detach()));
            return null;
        });
    }

    @Override
    public <T> T rows(Query query, Binding parameters, Function<RowSet, T> reading) {
        return rows(query, parameters, null, reading);
    }

    @Override
    public <T> T rows(Query query, Binding parameters, QueryTimeouts limits, Function<RowSet, T> reading) {
        try (QueryExec qe = exec(query, parameters, limits)) {
            return reading.apply(qe.select());
        }
    }

    @Override
    public Graph construct(Query query, Binding parameters) {
        try (QueryExec qe = exec(query, parameters)) {
            return qe.construct(GraphFactory.createDefaultGraph());
        }
    }

    @Override
    public boolean ask(Query query, Binding parameters) {
        try (QueryExec qe = exec(query, parameters)) {
            return qe.ask();
        }
    }

    @Override
    public Graph graph(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        if (isMapGraph(graphName)) {
            dsg.getGraph(graphName).find().forEachRemaining(copy::add);
        }
        return copy;
    }

    @Override
    public Graph view(Node graphName) {
        return isMapGraph(graphName) ? new GraphReadOnly(dsg.getGraph(graphName)) : GraphFactory.createDefaultGraph();
    }

    @Override
    public Graph unionWithout(Node excluded) {
        return new UnionWithout(dsg, g -> !g.equals(excluded) && isMapGraph(g));
    }

    @Override
    public long graphGeneration(Node graphName) {
        return generations.applyAsLong(graphName);
    }

    @Override
    public Set<Node> graphs() {
        if (graphs != null) {
            return graphs.keySet();
        }
        // Inside a write every named graph counts (listing them walks the quads).
        Set<Node> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    @Override
    public void streamQuads(Iterable<Node> graphNames, StreamRDF sink) {
        QuadScan scan = new QuadScan(dsg, committed);
        for (Node g : graphNames) {
            if (isMapGraph(g)) {
                scan.send(g, sink);
            }
        }
    }

    @Override
    public StoreState state() {
        return state;
    }

    @Override
    public long size(Node graphName) {
        if (!isMapGraph(graphName)) {
            return 0;
        }
        LongSupplier count = () -> dsg.getGraph(graphName).size();
        return sizes == null ? count.getAsLong() : sizes.size(graphName, generations.applyAsLong(graphName), count);
    }

}
