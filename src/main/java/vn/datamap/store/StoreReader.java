package vn.datamap.store;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Read access to one snapshot of the live map. Valid only inside
 * {@link Store#read}. Query parameters are bound as RDF terms ({@link Binding}), never pasted
 * into query text.
 */
public interface StoreReader {

    /** All rows of a SELECT query. */
    List<Binding> select(Query query, Binding parameters);

    /** Each row of a SELECT query, streamed to {@code row}. */
    void select(Query query, Binding parameters, Consumer<Binding> row);

    /**
     * The rows of a SELECT query as the engine produces them, handed to {@code reading} inside
     * this read (nothing is collected: for answers too large to hold); returns what it returns.
     */
    <T> T rows(Query query, Binding parameters, Function<RowSet, T> reading);

    /**
     * As {@link #rows(Query, Binding, Function)}, within time limits: past them the engine stops
     * and reading the rows throws {@link org.apache.jena.query.QueryCancelledException}.
     */
    <T> T rows(Query query, Binding parameters, QueryTimeouts limits, Function<RowSet, T> reading);

    /** The graph built by a CONSTRUCT query. */
    Graph construct(Query query, Binding parameters);

    boolean ask(Query query, Binding parameters);

    /** A copy of one graph of the live map, or an empty graph when there is no such graph. */
    Graph graph(Node graphName);

    /** Streams the quads of the given graphs of the live map, in the order given. */
    void streamQuads(Iterable<Node> graphNames, StreamRDF sink);

    /**
     * A read-only view of one graph of the live map, valid only inside this read (no copy:
     * for validation against the whole map). Empty when there is no such graph.
     */
    Graph view(Node graphName);

    /**
     * A read-only view of the union of every graph of the live map except {@code excluded}, each
     * triple once, valid only inside this read (no copy: for validation against a large map).
     */
    Graph unionWithout(Node excluded);

    /** The generation at which a graph last changed, as of this reader's snapshot. */
    long graphGeneration(Node graphName);

    /** Generation and commit time of the snapshot this reader sees. */
    StoreState state();

    /**
     * Names of the graphs that make up the live map as of this reader's snapshot. Inside a read,
     * use this rather than {@link Store#graphs()}, which names them at the latest generation: a
     * graph created or removed by a commit after the read began would otherwise be listed, or
     * left out, against the snapshot.
     */
    Set<Node> graphs();

    /** Number of triples in one graph of the live map. */
    long size(Node graphName);
}
