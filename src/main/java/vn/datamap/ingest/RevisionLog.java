package vn.datamap.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import vn.datamap.store.StoreException;

/**
 * The internal record of every accepted catalogue version and of dropped databases, in a TDB2
 * dataset of its own ({@code DATAMAP_DATA_DIR/system}) that no read path of the public map can
 * reach. Each revision keeps the whole catalogue graph it made live, so it can be restored: as a
 * gzipped N-Triples file beside that dataset ({@code system/snapshots/AGENCY/N.nt.gz}, written
 * and synced before the revision is recorded), which costs a sequential write instead of a
 * second indexed copy of the catalogue. Revisions recorded before snapshots became files keep
 * theirs as a named graph of the dataset, and are read from there.
 */
public final class RevisionLog implements AutoCloseable {
    private static final String I = "urn:datamap:internal#";
    private static final Node REVISIONS = NodeFactory.createURI("urn:datamap:revisions");
    private static final Node TOMBSTONES = NodeFactory.createURI("urn:datamap:tombstones");
    private static final Node AGENCY = p("agency"), NUMBER = p("number"), AT = p("at"), AGENT = p("agent"),
            ACTIVITY = p("activity"), FORMAT = p("format"), BYTES = p("bytes"), TRIPLES = p("triples"),
            DATABASES = p("databases"), ADDED = p("added"), CHANGED = p("changed"), REMOVED = p("removed"),
            UNCHANGED = p("unchanged"), MILESTONES = p("milestones"), WARNINGS = p("warnings"),
            RESTORED_FROM = p("restoredFrom"), TITLE = p("title"), CATALOGUE = p("catalogue"),
            REVISION = p("revision"), REPLACED_BY = p("replacedBy");

    private final DatasetGraph dsg;
    private final Path snapshots;

    private RevisionLog(DatasetGraph dsg, Path snapshots) {
        this.dsg = dsg;
        this.snapshots = snapshots;
    }

    public static RevisionLog open(Path dataDir) {
        Path location = dataDir.resolve("system");
        try {
            return new RevisionLog(DatabaseMgr.connectDatasetGraph(location.toString()), location.resolve("snapshots"));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the internal store at " + location + ": " + e.getMessage(), e);
        }
    }

    /** Records the next revision of an agency's catalogue with the graph it made live. */
    public Revision record(String agencyId, Graph content, Revision draft) {
        return record(agencyId, content, draft, SnapshotFiles.encode(content));
    }

    /** As {@link #record(String, Graph, Revision)}, with the snapshot file's bytes already made from {@code content}. */
    Revision record(String agencyId, Graph content, Revision draft, byte[] snapshot) {
        return Txn.calculateWrite(dsg, () -> {
            int number = latestNumber(agencyId) + 1;
            // The file first: a revision is never recorded without its snapshot (an orphan file is overwritten).
            SnapshotFiles.write(snapshotFile(agencyId, number), snapshot);
            Revision revision = new Revision(agencyId, number, draft.at(), draft.agent(), draft.activity(),
                    draft.format(), draft.bytes(), content.size(), draft.changes(), draft.restoredFrom());
            Node node = node(agencyId, number);
            Graph meta = dsg.getGraph(REVISIONS);
            meta.add(node, AGENCY, NodeFactory.createLiteralString(agencyId));
            meta.add(node, NUMBER, integer(number));
            meta.add(node, AT, NodeFactory.createLiteralDT(revision.at().toString(), XSDDatatype.XSDdateTime));
            meta.add(node, AGENT, NodeFactory.createLiteralString(revision.agent()));
            meta.add(node, ACTIVITY, NodeFactory.createLiteralString(revision.activity()));
            meta.add(node, FORMAT, NodeFactory.createLiteralString(revision.format()));
            meta.add(node, BYTES, integer(revision.bytes()));
            meta.add(node, TRIPLES, integer(revision.triples()));
            Revision.Changes c = revision.changes();
            meta.add(node, DATABASES, integer(c.databases()));
            c.added().forEach(id -> meta.add(node, ADDED, NodeFactory.createLiteralString(id)));
            c.changed().forEach(id -> meta.add(node, CHANGED, NodeFactory.createLiteralString(id)));
            c.removed().forEach(id -> meta.add(node, REMOVED, NodeFactory.createLiteralString(id)));
            meta.add(node, UNCHANGED, integer(c.unchanged()));
            meta.add(node, MILESTONES, integer(c.milestones()));
            meta.add(node, WARNINGS, integer(c.warnings()));
            if (revision.restoredFrom() != null) {
                meta.add(node, RESTORED_FROM, integer(revision.restoredFrom()));
            }
            return revision;
        });
    }

    /** The revisions of an agency's catalogue, newest first. */
    public List<Revision> list(String agencyId) {
        return Txn.calculateRead(dsg, () -> {
            List<Revision> revisions = new ArrayList<>();
            dsg.getGraph(REVISIONS).find(Node.ANY, AGENCY, NodeFactory.createLiteralString(agencyId))
                    .forEachRemaining(t -> revisions.add(revision(t.getSubject())));
            revisions.sort(Comparator.comparingInt(Revision::number).reversed());
            return revisions;
        });
    }

    public Revision latest(String agencyId) {
        List<Revision> all = list(agencyId);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The catalogue graph a revision made live, or null when there is no such revision. */
    public Graph snapshot(String agencyId, int number) {
        return Txn.calculateRead(dsg, () -> {
            Node node = node(agencyId, number);
            if (!dsg.getGraph(REVISIONS).contains(node, NUMBER, Node.ANY)) {
                return null;
            }
            Path file = snapshotFile(agencyId, number);
            if (Files.isRegularFile(file)) {
                return SnapshotFiles.read(file);
            }
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(node).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private Path snapshotFile(String agencyId, int number) {
        return snapshots.resolve(agencyId).resolve(number + ".nt.gz");
    }

    /** Marks databases as dropped, and lifts the marks of databases that are back. */
    public void bury(List<Tombstone> dropped, List<Node> back) {
        if (dropped.isEmpty() && back.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getGraph(TOMBSTONES);
            for (Node iri : back) {
                g.remove(iri, Node.ANY, Node.ANY);
            }
            for (Tombstone t : dropped) {
                g.remove(t.iri(), Node.ANY, Node.ANY);
                g.add(t.iri(), TITLE, NodeFactory.createLiteralString(t.title()));
                g.add(t.iri(), CATALOGUE, t.catalogue());
                g.add(t.iri(), AT, NodeFactory.createLiteralDT(t.removedAt().toString(), XSDDatatype.XSDdateTime));
                g.add(t.iri(), REVISION, integer(t.revision()));
                if (t.replacedBy() != null) {
                    g.add(t.iri(), REPLACED_BY, t.replacedBy());
                }
            }
        });
    }

    /** The tombstone of a dropped database, or null. */
    public Tombstone tombstone(Node iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getGraph(TOMBSTONES);
            if (!g.contains(iri, AT, Node.ANY)) {
                return null;
            }
            return new Tombstone(iri, text(g, iri, TITLE), object(g, iri, CATALOGUE),
                    Instant.parse(text(g, iri, AT)), (int) number(g, iri, REVISION), object(g, iri, REPLACED_BY));
        });
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    private int latestNumber(String agencyId) {
        int[] max = {0};
        dsg.getGraph(REVISIONS).find(Node.ANY, AGENCY, NodeFactory.createLiteralString(agencyId))
                .forEachRemaining(t -> max[0] = Math.max(max[0], (int) number(dsg.getGraph(REVISIONS), t.getSubject(), NUMBER)));
        return max[0];
    }

    private Revision revision(Node node) {
        Graph g = dsg.getGraph(REVISIONS);
        Node restored = object(g, node, RESTORED_FROM);
        return new Revision(text(g, node, AGENCY), (int) number(g, node, NUMBER), Instant.parse(text(g, node, AT)),
                text(g, node, AGENT), text(g, node, ACTIVITY), text(g, node, FORMAT), number(g, node, BYTES),
                number(g, node, TRIPLES), new Revision.Changes((int) number(g, node, DATABASES), texts(g, node, ADDED),
                        texts(g, node, CHANGED), texts(g, node, REMOVED), (int) number(g, node, UNCHANGED),
                        (int) number(g, node, MILESTONES), (int) number(g, node, WARNINGS)),
                restored == null ? null : Integer.valueOf(restored.getLiteralLexicalForm()));
    }

    private static Node node(String agencyId, int number) {
        return NodeFactory.createURI("urn:datamap:revision:" + agencyId + ":" + number);
    }

    private static Node p(String local) {
        return NodeFactory.createURI(I + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private static long number(Graph g, Node s, Node p) {
        String t = text(g, s, p);
        return t == null ? 0 : Long.parseLong(t);
    }

    private static List<String> texts(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()
                .stream().sorted().toList();
    }
}
