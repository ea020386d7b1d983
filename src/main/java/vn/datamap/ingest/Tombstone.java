package vn.datamap.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import vn.datamap.vocab.NS;

/**
 * What is left of a database an agency dropped from its catalogue: its IRI answers 410 Gone,
 * saying when, from which catalogue, and what replaced it when that is known.
 */
public record Tombstone(Node iri, String title, Node catalogue, Instant removedAt, int revision, Node replacedBy) {
    private static final Node TITLE = NodeFactory.createURI(NS.DCT + "title");
    private static final Node REPLACES = NodeFactory.createURI(NS.DCT + "replaces");
    private static final Node IS_REPLACED_BY = NodeFactory.createURI(NS.DCT + "isReplacedBy");

    /** Tombstones for the databases a new version of a catalogue dropped, with what replaced each when known. */
    static List<Tombstone> of(CatalogueDiff diff, Graph fresh, Graph old, Node catalogue, Revision revision) {
        List<Tombstone> dropped = new ArrayList<>();
        for (Node db : diff.removed) {
            Node replacedBy = fresh.find(Node.ANY, REPLACES, db).nextOptional().map(t -> t.getSubject())
                    .orElseGet(() -> old.find(db, IS_REPLACED_BY, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null));
            String title = old.find(db, TITLE, Node.ANY).toList().stream().map(t -> t.getObject())
                    .filter(o -> o.isLiteral() && "vi".equals(o.getLiteralLanguage())).map(Node::getLiteralLexicalForm)
                    .findFirst().orElse(diff.before.get(db));
            if (db.isURI()) {
                dropped.add(new Tombstone(db, title, catalogue, revision.at(), revision.number(), replacedBy));
            }
        }
        return dropped;
    }
}
