package vn.datamap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
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

/** A public-view reader over a TDB2 dataset inside an open transaction. */
final class TdbReader implements StoreReader {
    private final DatasetGraph dsg;
    private final PublicQuerySettings settings;
    private final Set<Node> publicGraphs;
    private final GraphRegistry registry;

    TdbReader(DatasetGraph dsg, PublicGraphFilter filter, GraphRegistry registry) {
        this.dsg = dsg;
        this.registry = registry;
        this.settings = new PublicQuerySettings(filter);
        this.publicGraphs = registry.publicGraphs();
    }

    private QueryExec exec(Query query, Binding parameters) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dsg).query(query);
        if (parameters != null && !parameters.isEmpty()) {
            builder.substitution(parameters);
        }
        return settings.apply(builder).build();
    }

    @Override
    public List<Binding> select(Query query, Binding parameters) {
        List<Binding> rows = new ArrayList<>();
        select(query, parameters, rows::add);
        return rows;
    }

    @Override
    public void select(Query query, Binding parameters, Consumer<Binding> row) {
        try (QueryExec qe = exec(query, parameters)) {
            RowSet rows = qe.select();
            rows.forEachRemaining(row);
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
        if (publicGraphs.contains(graphName)) {
            dsg.getGraph(graphName).find().forEachRemaining(copy::add);
        }
        return copy;
    }

    @Override
    public void streamQuads(Iterable<Node> graphNames, StreamRDF sink) {
        for (Node g : graphNames) {
            if (!publicGraphs.contains(g)) {
                continue;
            }
            var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(sink::quad);
            } finally {
                Iter.close(it);
            }
        }
    }

    @Override
    public StoreState state() {
        return registry.readState(dsg);
    }

    @Override
    public long size(Node graphName) {
        return publicGraphs.contains(graphName) ? dsg.getGraph(graphName).size() : 0;
    }

}
