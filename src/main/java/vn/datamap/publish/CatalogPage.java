package vn.datamap.publish;

import java.util.List;
import org.apache.jena.graph.Graph;
import vn.datamap.store.StoreState;

/**
 * A published page: its graph (DCAT-AP plus Hydra paging), the number of datasets in the whole
 * collection, the page's datasets, and the store state it was cut from.
 */
public record CatalogPage(Graph graph, int totalItems, int lastPage, List<CatalogIndex.Entry> items, StoreState state) {
}
