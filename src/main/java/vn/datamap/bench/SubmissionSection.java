package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.ingest.BodyFormat;
import vn.datamap.ingest.CatalogueWriter;
import vn.datamap.ingest.SnapshotReads;
import vn.datamap.ingest.Submission;
import vn.datamap.ingest.SubmissionOutcome;
import vn.datamap.ingest.SubmissionReader;
import vn.datamap.ingest.ValidationContext;
import vn.datamap.publish.GenerationWarmer;
import vn.datamap.store.Store;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.vocab.Minted;

/**
 * 3. The submission of a large agency catalogue (~{@link BenchSettings#submissionTriples()}
 * triples, the generator's {@code submission/} file: a stored catalogue sent again with more
 * databases) through the project's public classes, one stage at a time where a public method
 * exists ({@code SubmissionReader.read}, {@code CatalogueWriter.submit} and {@code check}), and
 * inside {@code submit} by sampling the thread's stack ({@link StackSampler}). Then the SHACL
 * shapes alone, as the server applies them ({@link CatalogueValidator}). Each side is warmed up
 * by one untimed run, then timed in up to five runs ({@link #rounds}), each from the same state:
 * the server gets its stored catalogue back before each, Jena the old graph; the figures are
 * medians, since one run of a few seconds varies by a third from one run to the next here. Each
 * timed submission starts once the server has finished what it does in the background after a
 * write. The Jena baseline runs after the server has stopped ({@link JenaSubmissionBaseline}).
 */
final class SubmissionSection {
    static final String PART = "3 submission";
    static final List<StackSampler.Stage> STAGES = List.of(
            new StackSampler.Stage("index: Lucene via jena-text", List.of("org.apache.lucene.", "org.apache.jena.query.text.TextIndex",
                    "org.apache.jena.query.text.TextDocProducer", "org.apache.jena.query.text.TextQueryFuncs")),
            new StackSampler.Stage("validate: SHACL (CatalogueValidator)", List.of("vn.datamap.validate.", "org.apache.jena.shacl.")),
            new StackSampler.Stage("validate: copy of the map into memory (ValidationContext)", List.of("vn.datamap.ingest.ValidationContext")),
            new StackSampler.Stage("diff: CatalogueDiff and isomorphism", List.of("vn.datamap.ingest.CatalogueDiff",
                    "org.apache.jena.graph.impl.GraphMatcher", "org.apache.jena.sparql.util.Iso")),
            new StackSampler.Stage("write: revision, its snapshot file and tombstones (RevisionLog)",
                    List.of("vn.datamap.ingest.RevisionLog", "vn.datamap.ingest.SnapshotFiles")),
            new StackSampler.Stage("checks: what the server derives for the stored catalogue (WholeCatalogues)",
                    List.of("vn.datamap.publish.")),
            new StackSampler.Stage("checks: foreign nodes and derived statements left out (SubmissionChecks)",
                    List.of("vn.datamap.ingest.SubmissionChecks", "vn.datamap.ingest.CatalogueWriter#requireKnown")),
            new StackSampler.Stage("checks: names for blank nodes (IriMinter)", List.of("vn.datamap.ingest.IriMinter")),
            new StackSampler.Stage("write: TDB2 transaction and commit", List.of("vn.datamap.store.TdbStore#write")),
            new StackSampler.Stage("wait: for the helper thread (derived statements, foreign nodes)", List.of("vn.datamap.ingest.SnapshotReads$Pending#get")));
    static final List<String> SHACL_DETAIL = List.of("org.apache.jena.shacl.engine.constraint.",
            "org.apache.jena.shacl.engine.Target", "org.apache.jena.shacl.validation.");

    private final SizeRun run;
    private Row firstTotalRow;
    private Row projectTotalRow;

    SubmissionSection(SizeRun run) {
        this.run = run;
    }

    /** How many times each submission is timed, each from the same state: at most five (a run costs seconds). */
    static int rounds(BenchSettings settings) {
        return Math.max(1, Math.min(settings.iterations(), 5));
    }

    List<Row> measureProject() {
        MapGenerator.Submission sub = run.map().submission();
        byte[] body = read(sub);
        String agency = sub.agency();
        SubmissionReader reader = run.bean(SubmissionReader.class);
        CatalogueWriter writer = run.bean(CatalogueWriter.class);
        int rounds = rounds(run.settings());
        String what = String.format(Locale.ROOT, "%s: %d triples, %d databases (%d stored), %.1f MB Turtle", agency,
                sub.triples(), sub.databases(), sub.storedDatabases(), sub.bytes() / 1e6);
        Graph parsed = reader.read(body, BodyFormat.TURTLE, agency).graph(); // warm-up of the parser
        // Warm-up of the SHACL engine on the submission alone, so that JIT compilation is not billed to submit.
        new CatalogueValidator().validate(parsed, GraphFactory.createDefaultGraph());
        List<Row> rows = new ArrayList<>();
        // Before the submission, so that this JVM never holds this copy of the map and the server's at once.
        List<Row> shaclAlone = shaclAlone(parsed, agency);
        // A server that has been running holds its validation context (the rest of the map); the first
        // check after a start builds it, and is shown apart so that submit is measured in the steady state.
        Submission first = submission(agency, reader.read(body, BodyFormat.TURTLE, agency).graph(), body);
        Sampled<SubmissionOutcome> cold = sampled(() -> writer.check(first));
        // The write path warmed up as well, so that the timed submit is not the JVM's first (SHACL over
        // the map, the diff, TDB2, the text index, the revision): the file submitted once untimed.
        // Before each timed run the stored catalogue is put back as it was, straight into the store.
        Node own = run.bean(Minted.class).catalogueGraph(agency);
        Store store = run.bean(Store.class);
        Graph stored = store.read(r -> r.graph(own)); // a copy, kept past the read
        writer.submit(submission(agency, reader.read(body, BodyFormat.TURTLE, agency).graph(), body));
        Rounds resubmit = timed(rounds, body, agency, () -> store.write(w -> {
            w.replaceGraph(own, stored);
            return null;
        }));
        rows.add(Row.ms(run.size(), PART, "ours: parse — SubmissionReader.read", resubmit.parse(), what));
        rows.add(Row.once(run.size(), PART, "ours: first dry run after the start (builds the validation context)",
                cold.ms(), cold.value().status() + "; map copy " + percent(cold.sampler(), "validate: copy")
                        + ", SHACL " + percent(cold.sampler(), "validate: SHACL") + " of the samples"));
        Sampled<SubmissionOutcome> median = resubmit.median();
        SubmissionOutcome outcome = median.value();
        rows.add(Row.ms(run.size(), PART, "ours: submit — CatalogueWriter.submit (validate, diff, write, revision)",
                resubmit.submit(), outcome.status() + ", " + outcome.violations() + " violations, " + outcome.warnings()
                        + " warnings; " + changes(outcome) + "; stages below from the median run, "
                        + median.sampler().samples() + " stack samples of it"));
        Map<String, Double> shares = median.sampler().shares();
        for (Map.Entry<String, Double> stage : median.sampler().times(median.ms()).entrySet()) {
            String note = String.format(Locale.ROOT, "%.0f%% of the samples", 100 * shares.get(stage.getKey()));
            if (stage.getKey().startsWith("validate: SHACL")) {
                note += "; innermost jena-shacl frames: " + median.sampler().topDetails(4);
            }
            rows.add(Row.once(run.size(), PART, "  ≈ " + stage.getKey(), stage.getValue(), note));
        }
        projectTotalRow = Row.ms(run.size(), PART, "TARGET ours: parse + submit", resubmit.total(), "");
        run.say("submission: parse %.0f ms, submit %.0f ms (%s), medians of %d", resubmit.parse().median(),
                resubmit.submit().median(), outcome.status(), rounds);

        Submission again = submission(agency, reader.read(body, BodyFormat.TURTLE, agency).graph(), body);
        Sampled<SubmissionOutcome> dry = sampled(() -> writer.check(again));
        rows.add(Row.once(run.size(), PART, "ours: dry run — CatalogueWriter.check (the path of POST /api/validate)",
                dry.ms(), dry.value().status() + " (the same file again, after the commit); SHACL "
                        + percent(dry.sampler(), "validate: SHACL") + ", map copy " + percent(dry.sampler(), "validate: copy")));
        rows.addAll(shaclAlone);

        // The submit above writes what differs from the stored graph; a first submission writes
        // every triple. The same file once more, into the agency's graph emptied beforehand; that
        // path (TDB2 and the text index taking every triple) warmed once untimed, since at the
        // first size the JVM has not taken it yet (1.91-2.20x at 1k against 1.28-1.61x after).
        empty(store, own);
        writer.submit(submission(agency, reader.read(body, BodyFormat.TURTLE, agency).graph(), body));
        Rounds everything = timed(rounds, body, agency, () -> empty(store, own));
        Sampled<SubmissionOutcome> middle = everything.median();
        rows.add(Row.ms(run.size(), PART, "ours: submit into the emptied graph (every triple written, as a first submission)",
                everything.submit(), middle.value().status() + "; median run: TDB2 write " + percent(middle.sampler(), "write: TDB2")
                        + ", index " + percent(middle.sampler(), "index") + ", SHACL " + percent(middle.sampler(), "validate: SHACL")
                        + " of the samples"));
        firstTotalRow = Row.ms(run.size(), PART, "TARGET ours: parse + submit, first submission (every triple written)",
                everything.total(), "");
        return rows;
    }

    /** The timed runs of one kind of submission: parse, submit and their sum per run, and the median run. */
    private record Rounds(Timing parse, Timing submit, Timing total, Sampled<SubmissionOutcome> median) {}

    /**
     * {@code rounds} runs of parse + submit of the file, each from the state {@code reset} puts
     * the agency's graph in, once the server is quiet again after that write.
     */
    private Rounds timed(int rounds, byte[] body, String agency, Runnable reset) {
        SubmissionReader reader = run.bean(SubmissionReader.class);
        CatalogueWriter writer = run.bean(CatalogueWriter.class);
        double[] parse = new double[rounds];
        double[] total = new double[rounds];
        List<Sampled<SubmissionOutcome>> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            reset.run();
            awaitQuiet();
            SubmissionReader.Parsed[] parsed = new SubmissionReader.Parsed[1];
            parse[i] = Timing.once(() -> parsed[0] = reader.read(body, BodyFormat.TURTLE, agency));
            Submission submission = submission(agency, parsed[0].graph(), body);
            Sampled<SubmissionOutcome> timed = sampled(() -> writer.submit(submission));
            runs.add(timed);
            total[i] = parse[i] + timed.ms();
        }
        List<Sampled<SubmissionOutcome>> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.ms(), b.ms()));
        return new Rounds(Timing.ofTimes(parse), Timing.ofTimes(runs.stream().mapToDouble(Sampled::ms).toArray()),
                Timing.ofTimes(total), sorted.get(sorted.size() / 2));
    }

    /** Removes the agency's stored graph, so that the next submission writes every triple. */
    private static void empty(Store store, Node own) {
        store.write(w -> {
            w.removeGraph(own);
            return null;
        });
    }

    /**
     * Waits until the server has built the catalogue index and the VoID description of the map as
     * it is now, which it does in the background a second after the last write
     * ({@code GenerationWarmer}; the index's cost is a row of part 1). The writes this part makes just before a timed run (the untimed warm-up
     * submission and the catalogue put back, the emptied graph) would otherwise have that build
     * share the two cores with the timed submission, while Jena loads into a quiet copy.
     */
    private void awaitQuiet() {
        GenerationWarmer warmer = run.bean(GenerationWarmer.class);
        Store store = run.bean(Store.class);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!warmer.hasBuilt(store.state().generation()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * SHACL without the rest of the write path: {@link CatalogueValidator} (targeted at the
     * submission's nodes, as the server runs it) over the context a {@link ValidationContext}
     * gives it, as the server's own does (copies below its limit, the store's view above it).
     */
    private List<Row> shaclAlone(Graph submitted, String agency) {
        Store store = run.bean(Store.class);
        Node own = run.bean(Minted.class).catalogueGraph(agency);
        CatalogueValidator validator = new CatalogueValidator();
        ValidationContext contexts = new ValidationContext(store);
        int[] findings = new int[1];
        double ms = store.read(reader -> {
            Graph context = contexts.without(reader, own);
            validator.validate(submitted, context); // warm-up: shapes, SPARQL constraints, JIT
            return Timing.once(() -> findings[0] = validator.validate(submitted, context).findings().size());
        });
        return List.of(Row.once(run.size(), PART, "ours: SHACL alone — CatalogueValidator, targeted at the submission's nodes",
                ms, findings[0] + " results; the rest of the map as the server's validation context gives it"));
    }

    /**
     * The target rows, once the baseline is known: the resubmission (the catalogue grown, what is
     * stored written again only where it differs) and the first submission (every triple written).
     */
    List<Row> targets(Row jenaTotal) {
        String baseline = String.format(Locale.ROOT, "baseline: Jena parse + load with the text index, %.0f ms", jenaTotal.median());
        return List.of(projectTotalRow.withNote(baseline).against(jenaTotal, Target.SUBMISSION),
                firstTotalRow.withNote(baseline).against(jenaTotal, Target.SUBMISSION));
    }

    /** A submission of the parsed file by the benchmark's steward, removals confirmed. */
    private static Submission submission(String agency, Graph parsed, byte[] body) {
        return new Submission(agency, parsed, BodyFormat.TURTLE.mediaType(), body.length, "bench", true, null, null);
    }

    private static String changes(SubmissionOutcome outcome) {
        var c = outcome.changes();
        return c == null ? "no changes" : c.added().size() + " added, " + c.changed().size() + " changed, "
                + c.removed().size() + " removed, " + c.unchanged() + " unchanged";
    }

    private static String percent(StackSampler sampler, String stagePrefix) {
        double share = sampler.shares().entrySet().stream().filter(e -> e.getKey().startsWith(stagePrefix))
                .mapToDouble(Map.Entry::getValue).sum();
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private record Sampled<T>(T value, double ms, StackSampler sampler) {}

    private static <T> Sampled<T> sampled(Supplier<T> work) {
        StackSampler sampler = StackSampler.ofCurrentThreadAndHelpers(SnapshotReads.THREAD_PREFIX, STAGES, SHACL_DETAIL);
        long t = System.nanoTime();
        T value;
        try {
            value = work.get();
        } finally {
            sampler.close();
        }
        return new Sampled<>(value, Timing.ms(System.nanoTime() - t), sampler);
    }

    private static byte[] read(MapGenerator.Submission sub) {
        try {
            return Files.readAllBytes(sub.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
