package vn.datamap.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Write access: every change goes through here so that the generation knows about it. */
final class TdbWriter implements StoreWriter {
    private final DatasetGraph dsg;
    private final StoreState before;
    private final ToLongFunction<Node> generations;
    private final Set<Node> touched = new HashSet<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    TdbWriter(DatasetGraph dsg, StoreState before, ToLongFunction<Node> generations) {
        this.dsg = dsg;
        this.before = before;
        this.generations = generations;
    }

    boolean changed() {
        return !touched.isEmpty();
    }

    Set<Node> touched() {
        return touched;
    }

    /** Runs the bookkeeping the write asked for, once it has committed. */
    void committed() {
        afterCommit.forEach(Runnable::run);
    }

    private static void requireNamed(Node graphName) {
        if (graphName == null || !graphName.isURI()) {
            throw new StoreException("Only named graphs hold map data");
        }
    }

    @Override
    public void replaceGraph(Node graphName, Graph content) {
        requireNamed(graphName);
        dsg.removeGraph(graphName);
        content.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        touched.add(graphName);
    }

    @Override
    public void updateGraph(Node graphName, Graph stored, Graph content) {
        requireNamed(graphName);
        // Deletions first: TDB2 keeps numbers and dates by value ("01" and "1" as integers are
        // one value), so an addition made before a deletion could be deleted with it.
        stored.find().forEachRemaining(t -> {
            if (!content.contains(t)) {
                dsg.delete(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        content.find().forEachRemaining(t -> {
            if (!stored.contains(t)) {
                dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        touched.add(graphName);
    }

    @Override
    public void removeGraph(Node graphName) {
        dsg.removeGraph(graphName);
        touched.add(graphName);
    }

    @Override
    public Graph graph(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(graphName).find().forEachRemaining(copy::add);
        return copy;
    }

    @Override
    public StoreReader reader() {
        return new TdbReader(dsg, null, before, generations, null, null);
    }

    @Override
    public void afterCommit(Runnable work) {
        afterCommit.add(work);
    }
}
