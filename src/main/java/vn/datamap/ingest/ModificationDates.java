package vn.datamap.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.vocab.NS;

/**
 * The {@code dct:modified} dates of a catalogue and its databases across submissions: a date
 * the server stamped stays until something changes, and a change gets today's date (in Vietnam)
 * unless the steward gave a later one.
 */
final class ModificationDates {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Node MODIFIED = NodeFactory.createURI(NS.DCT + "modified");

    private final Clock clock;

    ModificationDates(Clock clock) {
        this.clock = clock;
    }

    /**
     * A modification date the server stamped is not the steward's to repeat: where a submission
     * states none (or an older one) for the catalogue or a database, the stored one stands, so that
     * sending the same file twice changes nothing.
     */
    static void keepStamped(Graph fresh, Graph old, Node catalogue, boolean forwardOnly) {
        List<Node> nodes = new ArrayList<>(CatalogueDiff.databases(fresh, catalogue).keySet());
        nodes.add(catalogue);
        for (Node node : nodes) {
            String sent = latest(fresh, node);
            String stored = latest(old, node);
            // A modification date never goes back (a steward re-sending yesterday's file), except
            // when a revision is restored as it was.
            boolean older = forwardOnly && sent != null && stored != null && sent.compareTo(stored) < 0;
            if (sent == null || older) {
                fresh.remove(node, MODIFIED, Node.ANY);
                old.find(node, MODIFIED, Node.ANY).toList().forEach(t -> fresh.add(node, MODIFIED, t.getObject()));
            }
        }
    }

    /**
     * A database that changed (or arrived) without a later modification date gets today's, so
     * that harvesters asking {@code modified_since} see it; an unchanged one keeps its date.
     */
    void stamp(Graph fresh, Graph old, Node catalogue, CatalogueDiff diff) {
        Node today = NodeFactory.createLiteralDT(LocalDate.now(clock.withZone(VIETNAM)).toString(), XSDDatatype.XSDdate);
        List<Node> touched = new ArrayList<>(diff.changed);
        diff.added.stream().filter(db -> !fresh.contains(db, MODIFIED, Node.ANY)).forEach(touched::add);
        touched.add(catalogue);
        for (Node node : touched) {
            String before = latest(old, node);
            String now = latest(fresh, node);
            if (now == null || (before != null && now.compareTo(before) <= 0)) {
                fresh.remove(node, MODIFIED, Node.ANY);
                fresh.add(node, MODIFIED, today);
            }
        }
    }

    private static String latest(Graph graph, Node node) {
        return graph.find(node, MODIFIED, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()
                .stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
