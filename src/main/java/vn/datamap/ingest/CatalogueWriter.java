package vn.datamap.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import vn.datamap.publish.WholeCatalogues;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;
import vn.datamap.store.StoreWriter;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.validate.Finding;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.web.ApiException;

/**
 * The one write path of agency catalogues. A submission is prepared and validated against a
 * read snapshot, outside the write lock; the short write transaction then checks that neither
 * the agency's graph nor the reference data moved meanwhile (else it starts over), replaces the
 * graph and records the revision. A submission that changes nothing records nothing.
 */
public class CatalogueWriter {
    private static final int ATTEMPTS = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogueWriter.class);

    /** The format a submission made by {@code /sparql/update} records. */
    public static final String SPARQL_UPDATE = "application/sparql-update";
    private final Store store;
    private final Minted minted;
    private final WholeCatalogues wholeCatalogues;
    private final CatalogueValidator validator;
    private final RevisionLog revisions;
    private final Clock clock;
    private final IriMinter minter;
    private final SubmissionChecks checks;
    private final ValidationContext context;
    private final ModificationDates dates;
    private final SnapshotReads beside;

    public CatalogueWriter(Store store, Minted minted, WholeCatalogues wholeCatalogues, CatalogueValidator validator,
                           RevisionLog revisions, Clock clock) {
        this(store, minted, wholeCatalogues, validator, revisions, clock, SnapshotReads.forThisMachine(store));
    }

    CatalogueWriter(Store store, Minted minted, WholeCatalogues wholeCatalogues, CatalogueValidator validator,
                    RevisionLog revisions, Clock clock, SnapshotReads beside) {
        this.store = store;
        this.minted = minted;
        this.wholeCatalogues = wholeCatalogues;
        this.validator = validator;
        this.revisions = revisions;
        this.clock = clock;
        this.minter = new IriMinter(minted);
        this.checks = new SubmissionChecks(minted);
        this.context = new ValidationContext(store);
        this.dates = new ModificationDates(clock);
        this.beside = beside;
    }

    /** Validates and, when the catalogue conforms and changes something, makes it live. */
    public SubmissionOutcome submit(Submission submission) {
        return submitAll(List.of(submission)).get(0);
    }

    /**
     * Several catalogues at once (a SPARQL update may touch more than one), in one write
     * transaction: all of them become live, or none. When some break the rules, the answer holds
     * the outcomes of those only, and nothing is written.
     */
    public List<SubmissionOutcome> submitAll(List<Submission> submissions) {
        submissions.forEach(s -> requireWritable(s.agencyId()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Prepared> prepared = store.read(reader -> submissions.stream().map(s -> prepare(reader, s, true)).toList());
            List<SubmissionOutcome> rejected = prepared.stream().map(Prepared::outcome)
                    .filter(o -> o != null && o.status() == SubmissionOutcome.Status.REJECTED).toList();
            if (!rejected.isEmpty()) {
                return rejected;
            }
            if (prepared.stream().allMatch(p -> p.outcome() != null)) {
                return prepared.stream().map(Prepared::outcome).toList();
            }
            // The revisions' snapshot files are encoded on another core while the write runs.
            List<SnapshotReads.Pending<byte[]>> snapshots = prepared.stream().map(p -> p.outcome() != null ? null
                    : beside.compute(() -> SnapshotFiles.encode(p.graph()))).toList();
            List<Revision> written = store.write(w -> write(w, submissions, prepared, snapshots));
            if (written != null) {
                long generation = store.state().generation();
                List<SubmissionOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < prepared.size(); i++) {
                    Prepared p = prepared.get(i);
                    if (p.outcome() != null) {
                        outcomes.add(p.outcome());
                        continue;
                    }
                    outcomes.add(new SubmissionOutcome(SubmissionOutcome.Status.ACCEPTED, submissions.get(i).agencyId(),
                            written.get(i), p.changes(), p.findings(), generation));
                }
                return outcomes;
            }
        }
        throw ApiException.conflict("The catalogue of '" + submissions.get(0).agencyId()
                + "' kept changing while this submission was being checked; send it again");
    }

    /**
     * The write transaction: null when a graph moved since it was prepared, else the revision of
     * each catalogue written (null for those unchanged). The revisions and tombstones are recorded
     * once the map has committed, before any other write: a crash in between leaves the map
     * committed and its record to the reconciler at the next start, never a record of a write
     * that did not happen.
     */
    private List<Revision> write(StoreWriter w, List<Submission> submissions, List<Prepared> prepared,
                                 List<SnapshotReads.Pending<byte[]>> snapshots) {
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            if (p.outcome() == null && (store.graphGeneration(minted.catalogueGraph(submissions.get(i).agencyId())) != p.ownVersion()
                    || store.graphGeneration(minted.referenceGraph()) != p.referenceVersion())) {
                return null;
            }
        }
        List<Revision> written = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            written.add(null);
            if (p.outcome() == null) {
                // The graph has not moved since it was read (checked above): only the difference is written.
                w.updateGraph(minted.catalogueGraph(submissions.get(i).agencyId()), p.old(), p.graph());
            }
        }
        w.afterCommit(() -> {
            try {
                record(submissions, prepared, snapshots, written);
            } catch (RuntimeException e) {
                LOG.error("A committed catalogue was not recorded in the revision log; the next start records it", e);
            }
        });
        return written;
    }

    private void record(List<Submission> submissions, List<Prepared> prepared, List<SnapshotReads.Pending<byte[]>> snapshots,
                        List<Revision> written) {
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            Submission s = submissions.get(i);
            if (p.outcome() == null) {
                Revision revision = revisions.record(s.agencyId(), p.graph(), draft(s, p.changes()), snapshots.get(i).get(null));
                revisions.bury(Tombstone.of(p.diff(), p.graph(), p.old(), minted.catalogue(s.agencyId()), revision),
                        p.diff().added);
                written.set(i, revision);
            }
        }
    }

    /** The same checks as {@link #submit}, storing nothing: the dry run. */
    public SubmissionOutcome check(Submission submission) {
        requireKnown(submission.agencyId());
        Prepared prepared = store.read(reader -> prepare(reader, submission, false));
        return prepared.outcome() != null ? prepared.outcome()
                : new SubmissionOutcome(SubmissionOutcome.Status.ACCEPTED, submission.agencyId(), null,
                        prepared.changes(), prepared.findings(), store.state().generation());
    }

    /** The ETag generation a client must have seen to replace this catalogue (for If-Match). */
    public long version(StoreReader reader, String agencyId) {
        return Math.max(reader.graphGeneration(minted.catalogueGraph(agencyId)), reader.graphGeneration(minted.referenceGraph()));
    }

    private Prepared prepare(StoreReader reader, Submission submission, boolean guard) {
        String agencyId = submission.agencyId();
        Node own = minted.catalogueGraph(agencyId);
        Node catalogue = minted.catalogue(agencyId);
        Graph old = reader.graph(own);
        if (guard) {
            Preconditions.check(submission.ifMatch(), version(reader, agencyId), !old.isEmpty());
        }
        Graph reference = reader.view(minted.referenceGraph());
        Graph named = minter.mint(submission.graph(), agencyId);
        boolean forwardOnly = submission.restoredFrom() == null;
        // Two cores check a submission: this thread runs SHACL and the diff, another the store's
        // own rules and works out what the catalogue publishes beyond its stored graph (kept per
        // generation, as the export keeps it). Until that is known the submission is checked as if
        // it repeated none of it, which is what a steward's own file does; one that does (a
        // catalogue fetched with GET and sent back, marked by today's owner) waits for it, and any
        // other is checked again without those statements.
        boolean speculate = !old.isEmpty() && !repeatsDerived(named);
        Graph derived = speculate || old.isEmpty() ? Graph.emptyGraph : wholeCatalogues.derived(reader, agencyId);
        Graph checking = checks.withoutDerived(named, derived, old, reference);
        ModificationDates.keepStamped(checking, old, catalogue, forwardOnly);
        SnapshotReads.Pending<StoreRules> rules = beside.start(reader, r -> new StoreRules(
                speculate ? wholeCatalogues.derived(r, agencyId) : derived, checks.check(r, checking, agencyId)));
        Checked checked = examine(reader, checking, old, catalogue, own, rules);
        Graph fresh = checking;
        Graph found = checked.derived();
        if (speculate && found.find().filterKeep(named::contains).hasNext()) {
            Graph again = checks.withoutDerived(named, found, old, reference);
            ModificationDates.keepStamped(again, old, catalogue, forwardOnly);
            fresh = again;
            checked = examine(reader, again, old, catalogue, own,
                    beside.start(reader, r -> new StoreRules(found, checks.check(r, again, agencyId))));
        }
        List<Finding> findings = checked.findings();
        CatalogueDiff diff = checked.diff();
        int warnings = (int) findings.stream().filter(f -> !f.isViolation()).count();
        Revision.Changes changes = new Revision.Changes(diff.after.size(), diff.names(diff.added, diff.after),
                diff.names(diff.changed, diff.after), diff.names(diff.removed, diff.before), diff.unchanged,
                CatalogueDiff.milestones(fresh), warnings);
        long ownVersion = reader.graphGeneration(own);
        long referenceVersion = reader.graphGeneration(minted.referenceGraph());
        if (findings.stream().anyMatch(Finding::isViolation)) {
            return Prepared.done(new SubmissionOutcome(SubmissionOutcome.Status.REJECTED, agencyId, null, changes,
                    findings, reader.state().generation()));
        }
        if (fresh.isIsomorphicWith(old)) {
            return Prepared.done(new SubmissionOutcome(SubmissionOutcome.Status.UNCHANGED, agencyId, null, changes,
                    findings, reader.state().generation()));
        }
        if (guard && !submission.confirmRemovals() && diff.removed.size() * 2 > diff.before.size()) {
            throw ApiException.conflict("This submission would remove " + diff.removed.size() + " of the "
                    + diff.before.size() + " databases of '" + agencyId + "'. If that is meant, send it again with "
                    + "?confirm-removals=true");
        }
        if (forwardOnly) {
            dates.stamp(fresh, old, catalogue, diff);
        }
        return new Prepared(fresh, changes, findings, ownVersion, referenceVersion, null, diff, old);
    }

    /** Whether a submission carries what only the server states (today's owner): a published catalogue sent back. */
    private static boolean repeatsDerived(Graph submitted) {
        return submitted.contains(Node.ANY, DM.currentOwner, Node.ANY);
    }

    /**
     * SHACL and the diff on this thread, while {@code rules} (the store's rules, and the derived
     * statements) are worked out beside it; the findings in the order rules, then SHACL.
     */
    private Checked examine(StoreReader reader, Graph fresh, Graph old, Node catalogue, Node own,
                            SnapshotReads.Pending<StoreRules> rules) {
        List<Finding> shacl = validator.validate(fresh, context.without(reader, own)).findings();
        CatalogueDiff diff = new CatalogueDiff(old, fresh, catalogue);
        StoreRules found = rules.get(reader);
        List<Finding> findings = new ArrayList<>(found.findings());
        findings.addAll(shacl);
        findings.sort(Comparator.comparing((Finding f) -> f.isViolation() ? 0 : 1));
        return new Checked(findings, diff, found.derived());
    }

    /** What the store's own rules found about a submission, and the derived statements of the stored catalogue. */
    private record StoreRules(Graph derived, List<Finding> findings) {}

    private record Checked(List<Finding> findings, CatalogueDiff diff, Graph derived) {}

    private Revision draft(Submission s, Revision.Changes changes) {
        return new Revision(s.agencyId(), 0, Instant.now(clock), s.agent(), s.restoredFrom() != null ? "restore"
                : SPARQL_UPDATE.equals(s.format()) ? "update" : "submission",
                s.format(), s.bytes(), 0, changes, s.restoredFrom());
    }

    private void requireWritable(String agencyId) {
        if (requireKnown(agencyId)) {
            throw ApiException.conflict("The catalogue of '" + agencyId + "' is reference data shipped with the "
                    + "software (the list of national databases); it changes with a new release, not by submission");
        }
    }

    /** 404 unless the agency exists in the reference data; true when its catalogue is reference data. */
    private boolean requireKnown(String agencyId) {
        BindingBuilder b = BindingBuilder.create();
        b.add(Var.alloc("agency"), minted.agency(agencyId));
        b.add(Var.alloc("catalog"), minted.catalogue(agencyId));
        b.add(Var.alloc("reference"), minted.referenceGraph());
        Binding row = store.read(r -> r.select(QueryLibrary.get("ingest/agency-status"), b.build())).get(0);
        if (!"true".equals(row.get("known").getLiteralLexicalForm())) {
            throw ApiException.notFound("There is no agency '" + agencyId + "' in the reference data");
        }
        return "true".equals(row.get("inReference").getLiteralLexicalForm());
    }

    private record Prepared(Graph graph, Revision.Changes changes, List<Finding> findings, long ownVersion,
                            long referenceVersion, SubmissionOutcome outcome, CatalogueDiff diff, Graph old) {
        static Prepared done(SubmissionOutcome outcome) {
            return new Prepared(null, null, List.of(), 0, 0, outcome, null, null);
        }
    }
}
