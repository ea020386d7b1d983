package vn.datamap.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;
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
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Node MODIFIED = NodeFactory.createURI(NS.DCT + "modified");
    private static final Node TITLE = NodeFactory.createURI(NS.DCT + "title");
    private static final Node REPLACES = NodeFactory.createURI(NS.DCT + "replaces");
    private static final Node IS_REPLACED_BY = NodeFactory.createURI(NS.DCT + "isReplacedBy");

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

    public CatalogueWriter(Store store, Minted minted, WholeCatalogues wholeCatalogues, CatalogueValidator validator,
                           RevisionLog revisions, Clock clock) {
        this.store = store;
        this.minted = minted;
        this.wholeCatalogues = wholeCatalogues;
        this.validator = validator;
        this.revisions = revisions;
        this.clock = clock;
        this.minter = new IriMinter(minted);
        this.checks = new SubmissionChecks(minted);
        this.context = new ValidationContext(store);
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
            List<Revision> written = store.write(w -> write(w, submissions, prepared));
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
    private List<Revision> write(StoreWriter w, List<Submission> submissions, List<Prepared> prepared) {
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
                record(submissions, prepared, written);
            } catch (RuntimeException e) {
                LOG.error("A committed catalogue was not recorded in the revision log; the next start records it", e);
            }
        });
        return written;
    }

    private void record(List<Submission> submissions, List<Prepared> prepared, List<Revision> written) {
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            Submission s = submissions.get(i);
            if (p.outcome() == null) {
                Revision revision = revisions.record(s.agencyId(), p.graph(), draft(s, p.changes()));
                revisions.bury(tombstones(p.diff(), p.graph(), p.old(), minted.catalogue(s.agencyId()), revision),
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
        // What the catalogue publishes beyond its stored graph (kept per generation, as the export keeps it).
        Graph derived = old.isEmpty() ? old : wholeCatalogues.derived(reader, agencyId);
        Graph fresh = checks.withoutDerived(minter.mint(submission.graph(), agencyId), derived, old, reference);
        keepStampedDates(fresh, old, catalogue, submission.restoredFrom() == null);
        List<Finding> findings = new ArrayList<>(checks.check(reader, fresh, agencyId));
        findings.addAll(validator.validate(fresh, context.without(reader, own)).findings());
        findings.sort(Comparator.comparing((Finding f) -> f.isViolation() ? 0 : 1));
        CatalogueDiff diff = new CatalogueDiff(old, fresh, catalogue);
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
        if (submission.restoredFrom() == null) {
            stampModified(fresh, old, catalogue, diff);
        }
        return new Prepared(fresh, changes, findings, ownVersion, referenceVersion, null, diff, old);
    }

    /**
     * A modification date the server stamped is not the steward's to repeat: where a submission
     * states none (or an older one) for the catalogue or a database, the stored one stands, so that
     * sending the same file twice changes nothing.
     */
    private static void keepStampedDates(Graph fresh, Graph old, Node catalogue, boolean forwardOnly) {
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
    private void stampModified(Graph fresh, Graph old, Node catalogue, CatalogueDiff diff) {
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

    /** Tombstones for the databases a new version of a catalogue dropped, with what replaced each when known. */
    static List<Tombstone> tombstones(CatalogueDiff diff, Graph fresh, Graph old, Node catalogue, Revision revision) {
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
