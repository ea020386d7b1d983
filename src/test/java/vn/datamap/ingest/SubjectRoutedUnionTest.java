package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.AddDeniedException;
import org.junit.jupiter.api.Test;

/** A union routed by subject answers every lookup as a plain union of the same graphs would. */
class SubjectRoutedUnionTest {
    private static final String PREFIXES = "@prefix : <http://example.org/> .\n";
    private final Graph agencies = turtle(":moj a :Agency ; :name \"Bộ Tư pháp\" . :mof a :Agency .");
    // :moj is described here too, with one statement the first graph also holds
    private final Graph catalogue = turtle(":db1 a :Dataset ; :publisher :moj . :moj a :Agency ; :short \"MOJ\" .");
    private final Graph own = turtle(":db2 a :Dataset ; :publisher :mof . :moj :note \"only in the excluded graph\" .");

    private static Graph turtle(String body) {
        return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
    }

    private static Node n(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static Map<Node, List<Graph>> route(Graph... graphs) {
        Map<Node, List<Graph>> route = new HashMap<>();
        for (Graph g : graphs) {
            g.find().forEachRemaining(t -> {
                List<Graph> holding = route.computeIfAbsent(t.getSubject(), s -> new ArrayList<>());
                if (!holding.contains(g)) {
                    holding.add(g);
                }
            });
        }
        return route;
    }

    @Test
    void answersAsAPlainUnionOfTheSameGraphs() {
        SubjectRoutedUnion routed = new SubjectRoutedUnion(route(agencies, catalogue, own), List.of(agencies, catalogue), own);
        MultiUnion plain = new MultiUnion(new Graph[] {agencies, catalogue});
        List<Triple> patterns = List.of(
                Triple.create(n("moj"), Node.ANY, Node.ANY),
                Triple.create(n("moj"), NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Node.ANY),
                Triple.create(n("db1"), n("publisher"), n("moj")),
                Triple.create(n("db2"), Node.ANY, Node.ANY),
                Triple.create(n("nobody"), Node.ANY, Node.ANY),
                Triple.create(Node.ANY, n("publisher"), Node.ANY),
                Triple.create(Node.ANY, Node.ANY, n("moj")),
                Triple.create(Node.ANY, Node.ANY, Node.ANY));
        for (Triple pattern : patterns) {
            assertThat(routed.find(pattern).toList()).as(pattern.toString())
                    .containsExactlyInAnyOrderElementsOf(plain.find(pattern).toList());
        }
        // the statement both graphs hold comes once; the excluded graph's are never seen
        assertThat(routed.find(n("moj"), Node.ANY, Node.ANY).toList()).hasSize(3);
        assertThat(routed.contains(n("moj"), n("note"), Node.ANY)).isFalse();
        assertThat(routed.contains(n("db2"), Node.ANY, Node.ANY)).isFalse();
        assertThat(routed.size()).isEqualTo(plain.size());
    }

    @Test
    void refusesChanges() {
        SubjectRoutedUnion routed = new SubjectRoutedUnion(route(agencies), List.of(agencies), null);
        assertThatThrownBy(() -> routed.add(Triple.create(n("a"), n("b"), n("c")))).isInstanceOf(AddDeniedException.class);
    }
}
