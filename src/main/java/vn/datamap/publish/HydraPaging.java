package vn.datamap.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * Hydra paging statements for one page: the terms of today (PartialCollectionView, first, next,
 * previous, last, totalItems) and the legacy ones older CKAN harvesters follow (PagedCollection,
 * firstPage, nextPage, previousPage, lastPage, itemsPerPage). Links are built from the base URI,
 * never from the request's host, and carry the generation the walk started from.
 */
final class HydraPaging {
    private final Minted minted;
    private final CatalogRequest request;
    private final long generation;
    private final int total;
    private final int lastPage;

    HydraPaging(Minted minted, CatalogRequest request, long generation, int total, int lastPage) {
        this.minted = minted;
        this.request = request;
        this.generation = generation;
        this.total = total;
        this.lastPage = lastPage;
    }

    void addTo(Graph graph, Node collection) {
        Node view = link(request.page());
        Node totalItems = integer(total);
        graph.add(collection, NS.RDF_TYPE, hydra("Collection"));
        graph.add(collection, hydra("totalItems"), totalItems);
        graph.add(collection, hydra("view"), view);
        graph.add(view, NS.RDF_TYPE, hydra("PartialCollectionView"));
        graph.add(view, NS.RDF_TYPE, hydra("PagedCollection"));
        graph.add(view, hydra("totalItems"), totalItems);
        graph.add(view, hydra("itemsPerPage"), integer(request.pageSize()));
        pair(graph, view, "first", "firstPage", 1);
        pair(graph, view, "last", "lastPage", lastPage);
        if (request.page() > 1) {
            pair(graph, view, "previous", "previousPage", request.page() - 1);
        }
        if (request.page() < lastPage) {
            pair(graph, view, "next", "nextPage", request.page() + 1);
        }
    }

    private void pair(Graph graph, Node view, String term, String legacy, int page) {
        Node target = link(page);
        graph.add(view, hydra(term), target);
        graph.add(view, hydra(legacy), target);
    }

    /** The IRI of page {@code page} of this walk. */
    Node link(int page) {
        StringBuilder iri = new StringBuilder(minted.base())
                .append(request.agencyId() == null ? "catalog" : "catalog/" + request.agencyId())
                .append("?page=").append(page)
                .append("&page_size=").append(request.pageSize());
        if (request.modifiedSince() != null) {
            iri.append("&modified_since=").append(URLEncoder.encode(request.modifiedSince().toString(), StandardCharsets.UTF_8));
        }
        iri.append("&generation=").append(generation);
        return NodeFactory.createURI(iri.toString());
    }

    private static Node hydra(String local) {
        return NodeFactory.createURI(NS.HYDRA + local);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
