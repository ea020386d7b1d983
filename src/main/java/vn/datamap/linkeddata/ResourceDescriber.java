package vn.datamap.linkeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Service;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.NS;

/**
 * Describes any resource of the live map for dereferencing: its own statements, the statements
 * pointing at it (bounded), and for a database the same derived statements the catalogue
 * publishes (today's owner, EU theme and access right).
 */
@Service
public class ResourceDescriber {
    static final int INCOMING_LIMIT = 500;
    private static final Node DCAT_DATASET = NS.uri(NS.DCAT + "Dataset");

    private final Store store;

    public ResourceDescriber(Store store) {
        this.store = store;
    }

    /** The description with the labels a page needs, or null when the map says nothing about the resource. */
    public Description describe(Node resource) {
        return describe(resource, true);
    }

    /** The description, with labels only if {@code forPage} (RDF answers need none); null when the map says nothing. */
    public Description describe(Node resource, boolean forPage) {
        return store.read(reader -> {
            Binding bound = BindingFactory.binding(Var.alloc("resource"), resource);
            Graph graph = GraphFactory.createDefaultGraph();
            for (Binding row : reader.select(QueryLibrary.get("linkeddata/outgoing"), bound)) {
                graph.add(resource, row.get("p"), row.get("o"));
            }
            if (graph.isEmpty()) {
                return null;
            }
            if (graph.contains(resource, NS.RDF_TYPE, DCAT_DATASET)) {
                reader.construct(QueryLibrary.withValues(QueryLibrary.get("publish/dataset-description"), "dataset",
                        List.of(resource)), null).find().forEachRemaining(graph::add);
            }
            Query incoming = QueryLibrary.get("linkeddata/incoming").cloneQuery();
            incoming.setLimit(INCOMING_LIMIT);
            for (Binding row : reader.select(incoming, bound)) {
                graph.add(row.get("s"), row.get("p"), resource);
            }
            Node today = graph.contains(resource, NS.RDF_TYPE, DM.Agency) ? today(reader, resource) : null;
            return new Description(resource, graph, forPage ? labels(reader, graph, today) : Map.of(), today);
        });
    }

    /** A description of a graph the caller built (e.g. a catalogue page), with labels for a page. */
    public Description describe(Node focus, Graph graph) {
        return store.read(reader -> new Description(focus, graph, labels(reader, graph, null), null));
    }

    private static Node today(StoreReader reader, Node agency) {
        List<Binding> rows = reader.select(QueryLibrary.get("linkeddata/agency-today"),
                BindingFactory.binding(Var.alloc("agency"), agency));
        return rows.isEmpty() ? null : rows.get(0).get("today");
    }

    private static Map<Node, Map<String, String>> labels(StoreReader reader, Graph graph, Node today) {
        Set<Node> nodes = new LinkedHashSet<>();
        graph.find().forEachRemaining((Triple t) -> {
            nodes.add(t.getSubject());
            if (t.getObject().isURI()) {
                nodes.add(t.getObject());
            }
        });
        if (today != null) {
            nodes.add(today);
        }
        Map<Node, Map<String, String>> labels = new HashMap<>();
        List<Node> batch = new ArrayList<>(nodes);
        for (int i = 0; i < batch.size(); i += 500) {
            List<Node> part = batch.subList(i, Math.min(batch.size(), i + 500));
            reader.select(QueryLibrary.withValues(QueryLibrary.get("linkeddata/labels"), "node", part), null, row -> {
                Node label = row.get("label");
                if (label.isLiteral()) {
                    labels.computeIfAbsent(row.get("node"), n -> new HashMap<>())
                            .putIfAbsent(label.getLiteralLanguage(), label.getLiteralLexicalForm());
                }
            });
        }
        return labels;
    }
}
