package vn.datamap.store;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * The registry of named graphs and the store generation, kept as triples in the internal system
 * graph (so they commit with the data they describe) and mirrored in memory for cheap reads.
 * Callers hold the matching transaction.
 */
final class GraphRegistry {
    private final Node systemGraph;
    private final Map<Node, GraphRecord> records = new ConcurrentHashMap<>();

    GraphRegistry(Node systemGraph) {
        this.systemGraph = systemGraph;
    }

    /** Loads the mirror from the system graph (read transaction). */
    void load(DatasetGraph dsg) {
        records.clear();
        dsg.find(systemGraph, Node.ANY, NS.RDF_TYPE, DM.GraphRecord).forEachRemaining(q -> {
            Node g = q.getSubject();
            boolean isPublic = dsg.contains(systemGraph, g, DM.visibility, DM.publicGraph);
            boolean demo = dsg.contains(systemGraph, g, DM.demo, NodeFactory.createLiteralByValue(true));
            Node catalogue = first(dsg, g, DM.catalogue);
            records.put(g, new GraphRecord(g, isPublic, demo, catalogue));
        });
    }

    GraphRecord get(Node graph) {
        return records.get(graph);
    }

    Map<Node, GraphRecord> snapshot() {
        return Map.copyOf(records);
    }

    Set<Node> publicGraphs() {
        return records.values().stream().filter(GraphRecord::isPublic).map(GraphRecord::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Writes a record (write transaction); the mirror follows on {@link #load}. */
    void put(DatasetGraph dsg, GraphRecord record) {
        remove(dsg, record.name());
        Node g = record.name();
        dsg.add(systemGraph, g, NS.RDF_TYPE, DM.GraphRecord);
        dsg.add(systemGraph, g, DM.visibility, record.isPublic() ? DM.publicGraph : DM.internalGraph);
        if (record.demo()) {
            dsg.add(systemGraph, g, DM.demo, NodeFactory.createLiteralByValue(true));
        }
        if (record.catalogue() != null) {
            dsg.add(systemGraph, g, DM.catalogue, record.catalogue());
        }
    }

    void remove(DatasetGraph dsg, Node graph) {
        dsg.deleteAny(systemGraph, graph, Node.ANY, Node.ANY);
    }

    /** The generation and commit time recorded in the store; generation 0 for a new store. */
    StoreState readState(DatasetGraph dsg) {
        Node gen = first(dsg, systemGraph, DM.storeGeneration);
        Node at = first(dsg, systemGraph, DM.committedAt);
        long generation = gen == null ? 0 : ((Number) gen.getLiteralValue()).longValue();
        Instant committed = at == null ? Instant.EPOCH : Instant.parse(at.getLiteralLexicalForm());
        return new StoreState(generation, committed);
    }

    void writeState(DatasetGraph dsg, StoreState state) {
        dsg.deleteAny(systemGraph, systemGraph, DM.storeGeneration, Node.ANY);
        dsg.deleteAny(systemGraph, systemGraph, DM.committedAt, Node.ANY);
        dsg.add(systemGraph, systemGraph, DM.storeGeneration,
                NodeFactory.createLiteralDT(Long.toString(state.generation()), XSDDatatype.XSDinteger));
        dsg.add(systemGraph, systemGraph, DM.committedAt,
                NodeFactory.createLiteralDT(state.committedAt().toString(), XSDDatatype.XSDdateTime));
    }

    private Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(systemGraph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

}
