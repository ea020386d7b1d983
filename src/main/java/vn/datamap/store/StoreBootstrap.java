package vn.datamap.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.apache.jena.sparql.core.Var;
import vn.datamap.vocab.Minted;

/**
 * Makes sure the map is never empty: on start, loads the reference data (ontology, concept
 * schemes, agencies, provinces, mergers, national databases) when the jar carries a version the
 * store does not have yet, and adds or removes the illustrative demo catalogues.
 */
public final class StoreBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBootstrap.class);
    static final String REFERENCE = "classpath*:datamap/reference/*.ttl";
    static final String ONTOLOGY = "classpath*:datamap/ontology/*.ttl";
    static final String DEMO = "classpath*:datamap/demo/*.ttl";

    private final Store store;
    private final Minted minted;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    public StoreBootstrap(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
    }

    public void run(boolean demo) {
        loadReferenceData();
        if (demo) {
            loadDemo();
        } else {
            removeDemo();
        }
    }

    private void loadReferenceData() {
        Graph reference = GraphFactory.createDefaultGraph();
        for (Resource r : concat(find(ONTOLOGY), find(REFERENCE))) {
            parseInto(r, reference);
        }
        String shipped = referenceVersion(reference);
        Binding graph = BindingFactory.binding(Var.alloc("graph"), minted.referenceGraph());
        List<Binding> stored = store.read(r -> r.select(QueryLibrary.get("store/reference-version"), graph));
        String current = stored.isEmpty() ? null : stored.get(0).get("version").getLiteralLexicalForm();
        if (shipped.equals(current)) {
            LOG.info("Reference data version {} is loaded", current);
            return;
        }
        store.write(w -> {
            w.replaceGraph(minted.referenceGraph(), reference);
            return null;
        });
        LOG.info("Loaded reference data version {} ({} triples), replacing {}", shipped, reference.size(),
                current == null ? "nothing" : "version " + current);
    }

    private String referenceVersion(Graph reference) {
        Node version = reference.find(minted.referenceGraph(), vn.datamap.vocab.DM.referenceVersion, Node.ANY)
                .nextOptional().map(t -> t.getObject()).orElse(null);
        if (version == null || !version.isLiteral()) {
            throw new StoreException("The reference data in the jar has no dm:referenceVersion for " + minted.referenceGraph());
        }
        return version.getLiteralLexicalForm();
    }

    private void loadDemo() {
        int loaded = store.write(w -> {
            int count = 0;
            for (Resource r : find(DEMO)) {
                String agencyId = r.getFilename().replaceFirst("\\.ttl$", "");
                Node graphName = minted.catalogueGraph(agencyId);
                if (store.graphRecord(graphName) != null) {
                    continue;
                }
                Graph content = GraphFactory.createDefaultGraph();
                parseInto(r, content);
                w.replaceGraph(graphName, content);
                count++;
            }
            return count;
        });
        if (loaded > 0) {
            LOG.info("Loaded {} illustrative demo catalogues (DATAMAP_DEMO=false leaves them out)", loaded);
        }
    }

    private void removeDemo() {
        List<Node> demoGraphs = store.graphs().stream()
                .map(store::graphRecord).filter(GraphRecord::demo).map(GraphRecord::name).toList();
        if (demoGraphs.isEmpty()) {
            return;
        }
        store.write(w -> {
            demoGraphs.forEach(w::removeGraph);
            return null;
        });
        LOG.info("Removed {} demo catalogues (DATAMAP_DEMO=false)", demoGraphs.size());
    }

    private void parseInto(Resource resource, Graph graph) {
        try (InputStream in = resource.getInputStream()) {
            RDFParser.source(in).base(minted.base()).lang(Lang.TURTLE).parse(graph);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot load " + resource.getDescription() + ": " + e.getMessage(), e);
        }
    }

    private List<Resource> find(String pattern) {
        try {
            Resource[] found = resources.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return Arrays.asList(found);
        } catch (IOException e) {
            throw new StoreException("Cannot list " + pattern, e);
        }
    }

    private static List<Resource> concat(List<Resource> a, List<Resource> b) {
        List<Resource> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
