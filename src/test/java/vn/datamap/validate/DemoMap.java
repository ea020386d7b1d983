package vn.datamap.validate;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.store.ShippedData;

/** The shipped demo catalogues, each with the rest of the map it is checked against. */
record DemoMap(Graph reference, Map<String, Graph> catalogues) {

    static DemoMap of(String base) {
        ShippedData shipped = new ShippedData(base);
        return new DemoMap(shipped.reference(), shipped.demoCatalogues());
    }

    /** The reference data and every demo catalogue but the agency's own: what a submission of it meets. */
    Graph contextOf(String agency) {
        Graph context = GraphFactory.createDefaultGraph();
        reference.find().forEachRemaining(context::add);
        catalogues.forEach((other, content) -> {
            if (!other.equals(agency)) {
                content.find().forEachRemaining(context::add);
            }
        });
        return context;
    }
}
