package vn.datamap.sparql;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: what it speaks, the union default
 * graph, and every public named graph with its size.
 */
@Component
public class ServiceDescription {
    private static final String[] RESULT_FORMATS = {
        "http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
        "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
        "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD",
        "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/N-Triples"};

    private final Store store;
    private final Minted minted;

    public ServiceDescription(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    public Graph describe() {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(minted.base() + "sparql#service");
        Node endpoint = NodeFactory.createURI(minted.base() + "sparql");
        Node dataset = NodeFactory.createURI(minted.base() + "sparql#dataset");
        Node defaultGraph = NodeFactory.createURI(minted.base() + "sparql#default-graph");
        g.add(service, NS.RDF_TYPE, sd("Service"));
        g.add(service, sd("endpoint"), endpoint);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(format));
        }
        g.add(service, NodeFactory.createURI(NS.DCT + "title"), NodeFactory.createLiteralLang("Điểm truy vấn SPARQL của Bản đồ dữ liệu Việt Nam", "vi"));
        g.add(service, NodeFactory.createURI(NS.DCT + "title"), NodeFactory.createLiteralLang("SPARQL endpoint of the Vietnam Data Map", "en"));
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, NS.RDF_TYPE, sd("Dataset"));
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, NS.RDF_TYPE, sd("Graph"));
        store.read(reader -> {
            long total = 0;
            for (Node name : reader.graphs().stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList()) {
                long size = reader.size(name);
                total += size;
                Node named = NodeFactory.createBlankNode("g-" + Integer.toHexString(name.getURI().hashCode()));
                Node graph = NodeFactory.createBlankNode("d-" + Integer.toHexString(name.getURI().hashCode()));
                g.add(dataset, sd("namedGraph"), named);
                g.add(named, NS.RDF_TYPE, sd("NamedGraph"));
                g.add(named, sd("name"), name);
                g.add(named, sd("graph"), graph);
                g.add(graph, NS.RDF_TYPE, sd("Graph"));
                g.add(graph, NodeFactory.createURI(NS.VOID + "triples"), integer(size));
            }
            g.add(defaultGraph, NodeFactory.createURI(NS.VOID + "triples"), integer(total));
            return null;
        });
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(NS.SD + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
