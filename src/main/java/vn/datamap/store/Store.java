package vn.datamap.store;

import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The one door to the triple store. Every capability reads and writes through it, so that the
 * embedded TDB2 dataset can be replaced by a remote SPARQL 1.1 store without touching them.
 *
 * <p>Reads see the <em>live map</em> only: its named graphs (one per catalogue, one for the
 * reference data), with their union as the default graph. The store's bookkeeping (registry of
 * graphs, generation) lies outside that union and is reachable only through this interface.
 */
public interface Store extends AutoCloseable {

    /** Runs {@code action} on one consistent snapshot of the public live map. */
    <T> T read(Function<StoreReader, T> action);

    /**
     * Runs {@code action} in one write transaction: all of it is committed or none of it. When
     * anything changed, the store generation moves on and its commit time is recorded.
     */
    <T> T write(Function<StoreWriter, T> action);

    /** Generation and commit time of the latest committed write. Cheap: no I/O. */
    StoreState state();

    /**
     * The generation at which a graph last changed (or the generation the store was opened at,
     * when it has not changed since). Lets a writer check that what it validated against is
     * still what it commits onto.
     */
    long graphGeneration(Node graphName);

    /** Names of the graphs that make up the live map, at the latest generation (inside a read: {@link StoreReader#graphs()}). */
    Set<Node> graphs();

    /** Registry entry of a graph, or null when the store has no such graph. */
    GraphRecord graphRecord(Node graphName);

    /**
     * The graphs that may differ from what the revision log last recorded: those written since the
     * last clean shutdown (as it recorded them) and those written since this start; null when that
     * is unknown (the last run ended in a crash, or the files changed since), and every graph must
     * be compared.
     */
    Set<Node> writtenSinceCleanShutdown();

    /**
     * Tells the store that the revision log now agrees with every graph: at a clean shutdown it
     * then records only the graphs written from the start on ({@link #writtenSinceCleanShutdown}).
     */
    void reconciled();

    @Override
    void close();
}
