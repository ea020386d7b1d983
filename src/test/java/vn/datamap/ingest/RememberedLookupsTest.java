package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;

/** The remembered answers are the graph's own; only small answers about one node are kept. */
class RememberedLookupsTest {
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node AGENCY = NodeFactory.createURI("https://example.org/agency/moj");
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");
    private static final Node PUBLISHER = NodeFactory.createURI("http://purl.org/dc/terms/publisher");

    /** A graph that counts the lookups that reach it. */
    private static final class Counted extends GraphBase {
        final Graph graph = GraphFactory.createDefaultGraph();
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            lookups.incrementAndGet();
            return graph.find(pattern);
        }
    }

    private static Node database(int i) {
        return NodeFactory.createURI("https://example.org/dataset/db-" + i);
    }

    private static Counted map(int databases) {
        Counted map = new Counted();
        map.graph.add(AGENCY, TYPE, ORGANIZATION);
        for (int i = 0; i < databases; i++) {
            map.graph.add(database(i), PUBLISHER, AGENCY);
        }
        return map;
    }

    @Test
    void aRepeatedLookupAboutOneNodeIsAnsweredFromMemory() {
        Counted map = map(10);
        RememberedLookups remembered = new RememberedLookups(map);

        for (int i = 0; i < 5; i++) {
            assertThat(remembered.find(AGENCY, TYPE, Node.ANY).toList()).containsExactly(Triple.create(AGENCY, TYPE, ORGANIZATION));
            assertThat(remembered.contains(database(3), PUBLISHER, AGENCY)).isTrue();
            assertThat(remembered.contains(database(99), PUBLISHER, Node.ANY)).isFalse();
        }
        assertThat(map.lookups).hasValue(3);
        assertThat(remembered.remembered()).isEqualTo(3);
    }

    @Test
    void longAnswersAndOpenLookupsComeFromTheGraphEveryTime() {
        int many = RememberedLookups.MAX_ANSWER + 1;
        Counted map = map(many);
        RememberedLookups remembered = new RememberedLookups(map);

        for (int i = 0; i < 3; i++) {
            List<Triple> linking = remembered.find(Node.ANY, PUBLISHER, AGENCY).toList();
            assertThat(linking).hasSize(many).containsExactlyInAnyOrderElementsOf(map.graph.find(Node.ANY, PUBLISHER, AGENCY).toList());
            assertThat(remembered.find(Node.ANY, TYPE, Node.ANY).toList()).hasSize(1);
        }
        assertThat(map.lookups).hasValue(6);
        assertThat(remembered.remembered()).isZero();
    }

    @Test
    void aLongAnswerClosedEarlyClosesTheGraphsIterator() {
        Counted map = map(RememberedLookups.MAX_ANSWER * 2);
        RememberedLookups remembered = new RememberedLookups(map);
        ExtendedIterator<Triple> it = remembered.find(Node.ANY, PUBLISHER, AGENCY);
        assertThat(it.next()).isNotNull();
        it.close();
        assertThat(it.hasNext()).isFalse();
    }
}
