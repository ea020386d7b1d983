package vn.datamap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Walks a paged catalogue as a harvester does: fetch a page in Turtle, find its
 * {@code hydra:view}, follow {@code hydra:next} until there is none.
 */
public final class CatalogWalk {
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final int MAX_PAGES = 5_000;

    private CatalogWalk() {}

    /** One fetched page: its URL, its graph, the collection and the page's view. */
    public record Page(String url, Graph graph, Node collection, Node view) {

        /** The single object of {@code view hydra:{term}}, or null. */
        public Node link(String term) {
            List<Triple> found = graph.find(view, hydra(term), Node.ANY).toList();
            assertThat(found).as("at most one hydra:%s on %s", term, url).hasSizeLessThanOrEqualTo(1);
            return found.isEmpty() ? null : found.get(0).getObject();
        }

        /** The integer of {@code subject hydra:{term}}; fails when it is absent or not one value. */
        public long number(Node subject, String term) {
            List<Triple> found = graph.find(subject, hydra(term), Node.ANY).toList();
            assertThat(found).as("exactly one hydra:%s of %s on %s", term, subject, url).hasSize(1);
            return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
        }

        /** Every dataset this page lists under a catalogue ({@code ?c dcat:dataset ?d}). */
        public Set<Node> datasets() {
            Set<Node> datasets = new LinkedHashSet<>();
            graph.find(Node.ANY, NodeFactory.createURI(DCAT + "dataset"), Node.ANY)
                    .forEachRemaining(t -> datasets.add(t.getObject()));
            return datasets;
        }
    }

    public static Node hydra(String term) {
        return NodeFactory.createURI(HYDRA + term);
    }

    /** Fetches one page in Turtle (status 200 asserted) and finds its view. */
    public static Page fetch(HttpTester http, String url) {
        HttpResponse<byte[]> response = http.get(url, "Accept", "text/turtle");
        assertThat(response.statusCode()).as("GET %s: %s", url, HttpTester.text(response)).isEqualTo(200);
        Graph graph = Rdf4jGraphs.jena(response.body(), http.uri(url).toString(), Rdf4jGraphs.Syntax.TURTLE);
        List<Triple> views = graph.find(Node.ANY, hydra("view"), Node.ANY).toList();
        assertThat(views).as("exactly one hydra:view on %s", url).hasSize(1);
        return new Page(url, graph, views.get(0).getSubject(), views.get(0).getObject());
    }

    /** Every page from {@code first} on, following hydra:next. */
    public static List<Page> walk(HttpTester http, String first) {
        List<Page> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String url = first;
        while (url != null) {
            assertThat(seen.add(url)).as("hydra:next leads back to %s", url).isTrue();
            assertThat(pages.size()).as("pages walked from %s", first).isLessThan(MAX_PAGES);
            Page page = fetch(http, url);
            pages.add(page);
            Node next = page.link("next");
            url = next == null ? null : next.getURI();
        }
        return pages;
    }

    /** The union of the pages' graphs. */
    public static Graph join(List<Page> pages) {
        Graph all = GraphFactory.createDefaultGraph();
        pages.forEach(p -> p.graph().find().forEachRemaining(all::add));
        return all;
    }
}
