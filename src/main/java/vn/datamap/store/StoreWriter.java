package vn.datamap.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Write access inside one transaction of {@link Store#write}. */
public interface StoreWriter {

    /** Replaces the content of a named graph and records it in the registry. */
    void replaceGraph(GraphRecord record, Graph content);

    /** Removes a named graph and its registry entry. */
    void removeGraph(Node graphName);

    /** Reads a graph inside the write transaction, public or internal. */
    Graph graph(Node graphName);

    /** A read view of the live map as it stands inside this transaction. */
    StoreReader reader();
}
