package vn.datamap.publish;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Service;
import vn.datamap.config.DatamapProperties;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;
import vn.datamap.store.StoreState;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * Publishes the national map and each agency catalogue as DCAT-AP 3: paged with Hydra, or
 * whole. Pages are cut from the {@link CatalogIndex}, so their cost does not depend on the page
 * number; each page describes only its own datasets and the catalogues that list them.
 */
@Service
public class CatalogPublisher {
    private static final Node DCAT_DATASET = NodeFactory.createURI(NS.DCAT + "dataset");
    private static final Node DCAT_CATALOG = NS.uri(NS.DCAT + "catalog");
    private static final Node DCAT_CATALOG_CLASS = NS.uri(NS.DCAT + "Catalog");

    private final Store store;
    private final CatalogIndex index;
    private final Minted minted;
    private final DatamapProperties properties;

    public CatalogPublisher(Store store, CatalogIndex index, Minted minted, DatamapProperties properties) {
        this.store = store;
        this.index = index;
        this.minted = minted;
        this.properties = properties;
    }

    /** Throws {@link CatalogNotFoundException} unless the page exists; cheap (the index is cached). */
    public void requirePage(CatalogRequest request) {
        store.read(reader -> entries(snapshot(request, reader), request));
    }

    /** Throws {@link CatalogNotFoundException} unless the agency has a catalogue. */
    public void requireCatalogue(String agencyId) {
        if (!exists(minted.catalogue(agencyId))) {
            throw new CatalogNotFoundException("No catalogue for agency '" + agencyId + "'");
        }
    }

    /** One page of the national map (agencyId null) or of an agency's catalogue. */
    public CatalogPage page(CatalogRequest request) {
        // Membership, count and descriptions come from one read: a write committing meanwhile
        // cannot make a page announce one version and describe another. A page of a walk pinned
        // to an earlier generation keeps that generation's membership, described as it is now.
        return store.read(reader -> {
            CatalogIndex.Snapshot snapshot = snapshot(request, reader);
            Node catalogue = request.agencyId() == null ? null : minted.catalogue(request.agencyId());
            List<CatalogIndex.Entry> entries = entries(snapshot, request);
            int total = entries.size();
            int lastPage = lastPage(total, request);
            int from = (request.page() - 1) * request.pageSize();
            List<CatalogIndex.Entry> items = entries.subList(from, Math.min(total, from + request.pageSize()));
            Graph graph = describe(reader, catalogue, items);
            new HydraPaging(minted, request, snapshot.state().generation(), total, lastPage)
                    .addTo(graph, catalogue != null ? catalogue : minted.nationalMap());
            return new CatalogPage(graph, total, lastPage, items, snapshot.state());
        });
    }

    /**
     * An agency's whole catalogue: the stored graph as submitted plus the derived statements
     * (what {@code GET /catalog/{agencyId}} returns without paging).
     */
    public Graph whole(String agencyId) {
        requireCatalogue(agencyId);
        return store.read(reader -> whole(reader, agencyId));
    }

    /** The same, computed inside the caller's read, from the stored graph of that snapshot. */
    public Graph whole(StoreReader reader, String agencyId) {
        Node catalogue = minted.catalogue(agencyId);
        // An agency's own graph is published whole; a catalogue kept in the reference data (the
        // national databases) is published through its description alone.
        Node own = minted.catalogueGraph(agencyId);
        Graph stored = reader.graph(own);
        Graph holder = stored.isEmpty() ? reader.view(minted.referenceGraph()) : stored;
        List<CatalogIndex.Entry> items = new ArrayList<>();
        holder.find(catalogue, DCAT_DATASET, Node.ANY)
                .forEachRemaining(t -> items.add(new CatalogIndex.Entry(t.getObject(), catalogue, null)));
        Graph graph = describe(reader, catalogue, items);
        stored.find().forEachRemaining(graph::add);
        return graph;
    }

    /** The index the request pages over: that of its pinned generation while kept, else the reader's. */
    private CatalogIndex.Snapshot snapshot(CatalogRequest request, StoreReader reader) {
        return request.generation() == null ? index.current(reader) : index.at(request.generation(), reader);
    }

    /** The entries the request pages over, after checking that the catalogue and the page exist. */
    private List<CatalogIndex.Entry> entries(CatalogIndex.Snapshot snapshot, CatalogRequest request) {
        Node catalogue = request.agencyId() == null ? null : minted.catalogue(request.agencyId());
        if (catalogue != null) {
            requireCatalogue(request.agencyId());
        }
        List<CatalogIndex.Entry> entries = snapshot.entries(catalogue);
        if (request.modifiedSince() != null) {
            entries = entries.stream().filter(e -> !e.modified().isBefore(request.modifiedSince())).toList();
        }
        int lastPage = lastPage(entries.size(), request);
        if (request.page() > lastPage) {
            throw new CatalogNotFoundException("Page " + request.page() + " does not exist; the last page is " + lastPage);
        }
        return entries;
    }

    private static int lastPage(int total, CatalogRequest request) {
        return Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }

    /** The store state the latest index was built from. */
    public StoreState state() {
        return store.state();
    }

    private boolean exists(Node catalogue) {
        return store.graphs().stream().map(store::graphRecord)
                .anyMatch(r -> r != null && catalogue.equals(r.catalogue()));
    }

    private Graph describe(StoreReader reader, Node catalogue, List<CatalogIndex.Entry> items) {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> catalogues = new LinkedHashSet<>();
        if (catalogue != null) {
            catalogues.add(catalogue);
        } else {
            nationalHeader(reader, graph);
            items.forEach(e -> catalogues.add(e.catalogue()));
            catalogues.forEach(c -> graph.add(minted.nationalMap(), DCAT_CATALOG, c));
        }
        List<Node> datasets = new ArrayList<>(items.size());
        items.forEach(e -> datasets.add(e.dataset()));
        reader.construct(QueryLibrary.withValues(QueryLibrary.get("publish/catalogue-header"), "catalog",
                List.copyOf(catalogues)), null).find().forEachRemaining(graph::add);
        if (!datasets.isEmpty()) {
            Graph described = reader.construct(QueryLibrary.withValues(
                    QueryLibrary.get("publish/dataset-description"), "dataset", datasets), null);
            described.find().forEachRemaining(t -> {
                // A page lists its datasets under the catalogues it carries, nothing else.
                if (!t.getPredicate().getURI().equals(NS.DCAT + "dataset") || catalogues.contains(t.getSubject())) {
                    graph.add(t);
                }
            });
        }
        catalogues.forEach(c -> graph.add(c, NS.RDF_TYPE, DCAT_CATALOG_CLASS));
        return graph;
    }

    private void nationalHeader(StoreReader reader, Graph graph) {
        BindingBuilder b = BindingBuilder.create();
        b.add(Var.alloc("map"), minted.nationalMap());
        b.add(Var.alloc("coordinator"), minted.agency(properties.coordinatorAgency()));
        b.add(Var.alloc("home"), NodeFactory.createURI(minted.base()));
        b.add(Var.alloc("modified"), NodeFactory.createLiteralDT(
                reader.state().committedAt().atOffset(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime));
        reader.construct(QueryLibrary.get("publish/national-map"), b.build()).find().forEachRemaining(graph::add);
    }
}
