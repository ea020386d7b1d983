package vn.datamap.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Write access inside one transaction of {@link Store#write}. */
public interface StoreWriter {

    /** Replaces the content of a named graph of the live map. */
    void replaceGraph(Node graphName, Graph content);

    /**
     * Makes a named graph hold {@code content}, given {@code stored}, what it holds now (read in
     * the generation this transaction writes over): only the triples that differ are written,
     * and only those reach the text index.
     */
    void updateGraph(Node graphName, Graph stored, Graph content);

    /** Removes a named graph from the live map. */
    void removeGraph(Node graphName);

    /** A copy of a graph as it stands inside the write transaction. */
    Graph graph(Node graphName);

    /** A read view of the live map as it stands inside this transaction. */
    StoreReader reader();

    /**
     * Work to do once this transaction has committed, before another write may begin (bookkeeping
     * kept elsewhere, such as the revision log: it must never record what did not commit). It does
     * not run when the transaction aborts.
     */
    void afterCommit(Runnable work);
}
