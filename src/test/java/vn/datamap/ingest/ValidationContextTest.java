package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import vn.datamap.store.Store;
import vn.datamap.support.TestServer;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.vocab.Minted;

/**
 * The context of a validation is the same whether the rest of the map is copied into memory or,
 * past the size limit, read through the store's views: every demo catalogue, checked against
 * either, gives the same findings. Copies are reused while their graph has not changed.
 */
class ValidationContextTest {
    private final Store store = TestServer.shared().server().context().getBean(Store.class);
    private final Minted minted = TestServer.shared().server().context().getBean(Minted.class);
    private final CatalogueValidator validator = new CatalogueValidator();
    private static final Node DCAT_DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset");
    private static final Node DCT_PUBLISHER = NodeFactory.createURI("http://purl.org/dc/terms/publisher");

    private List<String> findings(ValidationContext context, Node own) {
        return store.read(reader -> {
            Graph submitted = reader.graph(own);
            // A link the context must settle: filed by an agency that exists nowhere in the map.
            submitted.find(Node.ANY, DCAT_DATASET, Node.ANY).toList().stream().limit(1).forEach(t ->
                    submitted.add(t.getObject(), DCT_PUBLISHER, minted.agency("no-such-agency")));
            return validator.validate(submitted, context.without(reader, own)).findings().stream()
                    .map(f -> f.severity() + " " + f.focus() + " " + f.shape() + " " + f.path() + " " + f.value()).sorted().toList();
        });
    }

    @Test
    void copiesAndViewsGiveTheSameFindings() {
        ValidationContext copies = new ValidationContext(store, Long.MAX_VALUE);
        ValidationContext views = new ValidationContext(store, 0);
        List<Node> catalogues = store.graphs().stream().filter(g -> !g.equals(minted.referenceGraph())).toList();
        assertThat(catalogues).hasSizeGreaterThan(20);
        int found = 0;
        for (Node own : catalogues) {
            List<String> fromCopies = findings(copies, own);
            assertThat(findings(views, own)).as(own.getURI()).isEqualTo(fromCopies);
            found += fromCopies.size();
        }
        assertThat(found).as("the broken links are found").isPositive();
    }

    @Test
    void unchangedGraphsAreNotCopiedAgain() {
        ValidationContext context = new ValidationContext(store, Long.MAX_VALUE);
        Node own = minted.catalogueGraph("moj");
        List<Graph> first = store.read(reader -> ((SubjectRoutedUnion) context.without(reader, own)).parts());
        List<Graph> second = store.read(reader -> ((SubjectRoutedUnion) context.without(reader, own)).parts());
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
    }
}
