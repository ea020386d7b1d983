package vn.datamap.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.vocab.Minted;

/** Small graphs and writes for the store's tests. */
final class StoreFixtures {
    static final Minted MINTED = new Minted("http://example.test/");

    private StoreFixtures() {}

    /** n distinct triples whose subjects start with {@code prefix}. */
    static Graph triples(String prefix, int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.test/" + prefix + i), NodeFactory.createURI("http://example.test/p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        return g;
    }

    /** Writes {@code n} triples as the catalogue graph of {@code agency}, replacing what it held. */
    static void put(Store store, String agency, int n) {
        store.write(w -> {
            w.replaceGraph(MINTED.catalogueGraph(agency), triples(agency + "-", n));
            return null;
        });
    }

    /** The number in the first row's {@code ?n} of a counting query. */
    static long count(Store store, Query query) {
        return store.read(r -> ((Number) r.select(query, null).get(0).get("n").getLiteralValue()).longValue());
    }
}
