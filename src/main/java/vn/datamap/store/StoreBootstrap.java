package vn.datamap.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;

/**
 * Makes sure the map is never empty: on start, loads the reference data (ontology, concept
 * schemes, agencies, provinces, mergers, national databases) when the jar carries a version the
 * store does not have yet, and adds or removes the illustrative demo catalogues.
 */
public final class StoreBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBootstrap.class);

    private final Store store;
    private final Minted minted;
    private final ShippedData shipped;

    public StoreBootstrap(Store store, Minted minted) {
        this.store = store;
        this.minted = minted;
        this.shipped = new ShippedData(minted.base());
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
        Graph reference = shipped.reference();
        String version = referenceVersion(reference);
        Binding graph = BindingFactory.binding(Var.alloc("graph"), minted.referenceGraph());
        List<Binding> stored = store.read(r -> r.select(QueryLibrary.get("store/reference-version"), graph));
        String current = stored.isEmpty() ? null : stored.get(0).get("version").getLiteralLexicalForm();
        if (version.equals(current)) {
            LOG.info("Reference data version {} is loaded", current);
            return;
        }
        store.write(w -> {
            w.replaceGraph(minted.referenceGraph(), reference);
            return null;
        });
        LOG.info("Loaded reference data version {} ({} triples), replacing {}", version, reference.size(),
                current == null ? "nothing" : "version " + current);
    }

    private String referenceVersion(Graph reference) {
        Node version = reference.find(minted.referenceGraph(), DM.referenceVersion, Node.ANY)
                .nextOptional().map(t -> t.getObject()).orElse(null);
        if (version == null || !version.isLiteral()) {
            throw new StoreException("The reference data in the jar has no dm:referenceVersion for " + minted.referenceGraph());
        }
        return version.getLiteralLexicalForm();
    }

    private void loadDemo() {
        Map<String, Graph> missing = new LinkedHashMap<>();
        shipped.demoCatalogues().forEach((agencyId, content) -> {
            if (store.graphRecord(minted.catalogueGraph(agencyId)) == null) {
                missing.put(agencyId, content);
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        store.write(w -> {
            missing.forEach((agencyId, content) -> w.replaceGraph(minted.catalogueGraph(agencyId), content));
            return null;
        });
        LOG.info("Loaded {} illustrative demo catalogues (DATAMAP_DEMO=false leaves them out)", missing.size());
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
}
