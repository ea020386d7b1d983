package vn.datamap.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/**
 * At start, makes the revision log agree with the live map: a catalogue whose live graph is not
 * what its latest revision recorded (the demo set just loaded, or a commit whose record a crash
 * cut off) gets a revision of activity {@code start}, by {@code system}. After a clean shutdown only
 * the catalogues written since are compared ({@link Store#writtenSinceCleanShutdown}).
 */
final class RevisionReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(RevisionReconciler.class);

    private final Store store;
    private final Minted minted;
    private final RevisionLog revisions;
    private final Clock clock;

    RevisionReconciler(Store store, Minted minted, RevisionLog revisions, Clock clock) {
        this.store = store;
        this.minted = minted;
        this.revisions = revisions;
        this.clock = clock;
    }

    void run() {
        int recorded = 0;
        int compared = 0;
        int catalogues = 0;
        // After a clean shutdown only the graphs written since can differ from their revisions.
        Set<Node> suspects = store.writtenSinceCleanShutdown();
        for (Node graph : store.graphs()) {
            String agencyId = minted.agencyIdOfCatalogueGraph(graph);
            if (agencyId == null) {
                continue;
            }
            catalogues++;
            if (suspects != null && !suspects.contains(graph)) {
                continue;
            }
            compared++;
            Graph live = store.read(r -> r.graph(graph));
            Revision latest = revisions.latest(agencyId);
            Graph recordedGraph = latest == null ? GraphFactory.createDefaultGraph() : revisions.snapshot(agencyId, latest.number());
            if (latest != null && live.isIsomorphicWith(recordedGraph)) {
                continue;
            }
            CatalogueDiff diff = new CatalogueDiff(recordedGraph, live, minted.catalogue(agencyId));
            Revision.Changes changes = new Revision.Changes(diff.after.size(), diff.names(diff.added, diff.after),
                    diff.names(diff.changed, diff.after), diff.names(diff.removed, diff.before), diff.unchanged,
                    CatalogueDiff.milestones(live), 0);
            Revision revision = revisions.record(agencyId, live, new Revision(agencyId, 0, Instant.now(clock), "system",
                    "start", "text/turtle", 0, 0, changes, null));
            // Databases the live catalogue no longer has (a write whose record a crash cut off) answer 410.
            revisions.bury(Tombstone.of(diff, live, recordedGraph, minted.catalogue(agencyId), revision), diff.added);
            recorded++;
        }
        store.reconciled();
        LOG.info("Compared {} of {} catalogues with their latest revision ({}); {} differed (demo data or an interrupted"
                + " write) and got a revision by system", compared, catalogues,
                suspects == null ? "all: no clean shutdown to trust" : "those written since the last clean shutdown", recorded);
    }
}
