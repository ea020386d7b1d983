package vn.datamap.publish;

import java.time.ZoneOffset;
import java.util.Comparator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * The VoID description of the live map: size, entities, vocabularies, where to query it and
 * where to download it, and one subset per public graph. It counts the map's entities, a pass
 * over the whole store, so it is built once per store generation and kept: crawlers and portals
 * ask for it often, the map changes a few times a day.
 */
@Component
public class VoidDescription {
    private final Store store;
    private final Minted minted;
    /** The description last built, with the generation it describes. */
    private volatile Built last;

    private record Built(long generation, Graph graph) {
    }

    public VoidDescription(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    /**
     * The description of the latest generation, a copy of the one kept (a few hundred triples),
     * which is built when the map has changed by one request while the others wait.
     */
    public Graph describe() {
        if (!isKept(store.state().generation())) {
            synchronized (this) {
                if (!isKept(store.state().generation())) {
                    last = build();
                }
            }
        }
        Built seen = last;
        Graph copy = GraphFactory.createDefaultGraph();
        seen.graph().find().forEachRemaining(copy::add);
        return copy;
    }

    /** Whether the description of {@code generation} is built and kept. */
    public boolean isKept(long generation) {
        Built seen = last;
        return seen != null && seen.generation() == generation;
    }

    private Built build() {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(minted.base() + ".well-known/void#datamap");
        g.add(dataset, NS.RDF_TYPE, v("Dataset"));
        g.add(dataset, dct("title"), NodeFactory.createLiteralLang("Bản đồ dữ liệu Việt Nam", "vi"));
        g.add(dataset, dct("title"), NodeFactory.createLiteralLang("Vietnam Data Map", "en"));
        g.add(dataset, dct("description"), NodeFactory.createLiteralLang(
                "Danh mục cơ sở dữ liệu của các bộ, ngành, địa phương và lộ trình xây dựng, dưới dạng đồ thị tri thức.", "vi"));
        g.add(dataset, dct("description"), NodeFactory.createLiteralLang(
                "The catalogues of databases of Vietnam's ministries, sectors and provinces and their roadmaps, as a knowledge graph.", "en"));
        g.add(dataset, dct("license"), NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0"));
        g.add(dataset, v("sparqlEndpoint"), NodeFactory.createURI(minted.base() + "sparql"));
        g.add(dataset, v("dataDump"), NodeFactory.createURI(minted.base() + "dump"));
        g.add(dataset, v("rootResource"), minted.nationalMap());
        g.add(dataset, v("uriSpace"), NodeFactory.createLiteralString(minted.base()));
        g.add(dataset, NodeFactory.createURI(NS.FOAF + "homepage"), NodeFactory.createURI(minted.base()));
        for (String vocabulary : new String[] {DM.NS, NS.DCAT, NS.DCT, NS.ORG, NS.SKOS, NS.FOAF, NS.VCARD, NS.PROV}) {
            g.add(dataset, v("vocabulary"), NodeFactory.createURI(vocabulary));
        }
        long generation = store.read(reader -> {
            long total = 0;
            for (Node name : reader.graphs().stream().sorted(Comparator.comparing(Node::getURI)).toList()) {
                long size = reader.size(name);
                total += size;
                Node subset = NodeFactory.createURI(minted.base() + ".well-known/void#" + minted.relative(name.getURI()).replace('/', '-'));
                g.add(dataset, v("subset"), subset);
                g.add(subset, NS.RDF_TYPE, v("Dataset"));
                g.add(subset, NodeFactory.createURI(NS.SD + "name"), name);
                g.add(subset, v("triples"), integer(size));
            }
            g.add(dataset, v("triples"), integer(total));
            Binding counts = reader.select(QueryLibrary.get("publish/void-counts"), null).get(0);
            g.add(dataset, v("entities"), counts.get("entities"));
            Node datasets = NodeFactory.createURI(minted.base() + ".well-known/void#databases");
            g.add(dataset, v("classPartition"), datasets);
            g.add(datasets, v("class"), NodeFactory.createURI(NS.DCAT + "Dataset"));
            g.add(datasets, v("entities"), counts.get("datasets"));
            g.add(dataset, dct("modified"), NodeFactory.createLiteralDT(
                    reader.state().committedAt().atOffset(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime));
            return reader.state().generation();
        });
        return new Built(generation, g);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(NS.VOID + local);
    }

    private static Node dct(String local) {
        return NodeFactory.createURI(NS.DCT + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
