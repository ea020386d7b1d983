package vn.datamap.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import vn.datamap.store.DatasetDescription;

/**
 * The baseline of the submission: Jena alone parses the same file and loads it, in one write
 * transaction, into the emptied graph of the agency in a copy of the same dataset, assembled from
 * the project's Fuseki description — TDB2 wrapped by its Lucene text index, so that the load
 * updates the index as the server's write does. No validation, no diff, no revision. The same
 * load straight into the TDB2 dataset under the index then shows what the index costs.
 */
final class JenaSubmissionBaseline {
    private JenaSubmissionBaseline() {}

    /**
     * Runs on the stopped copy {@code copyDir} (with {@code store/} and {@code text/}), {@code rounds}
     * timed runs of each figure as the server's submission has; returns the rows, the baseline last.
     */
    static List<Row> run(int size, Path copyDir, MapGenerator.Submission submission, String base, Node graphName, int rounds) {
        DatasetGraph dsg = DatasetDescription.load().open(copyDir.resolve("store"), copyDir.resolve("text"));
        DatasetGraph tdb = StoreFiles.tdb(dsg);
        try {
            Graph g = parse(submission.file(), base); // warm-up of the parser
            Graph old = GraphFactory.createDefaultGraph();
            Txn.executeRead(dsg, () -> dsg.getGraph(graphName).find().forEachRemaining(old::add));
            // Warmed up as the server's write is: the load once untimed; before each timed run the old graph is put back.
            replace(dsg, graphName, g);
            double[] parse = new double[rounds];
            double[] load = new double[rounds];
            double[] total = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                replace(dsg, graphName, old);
                Graph[] parsed = new Graph[1];
                parse[i] = Timing.once(() -> parsed[0] = parse(submission.file(), base));
                load[i] = Timing.once(() -> replace(dsg, graphName, parsed[0]));
                total[i] = parse[i] + load[i];
            }
            // The same change without the index: the old graph put back in TDB2 alone, then old → new timed.
            double[] bare = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                replace(tdb, graphName, old);
                bare[i] = Timing.once(() -> replace(tdb, graphName, g));
            }
            Timing loaded = Timing.ofTimes(load);
            Timing bareLoaded = Timing.ofTimes(bare);
            String what = String.format(Locale.ROOT, "%d triples", g.size());
            String part = SubmissionSection.PART;
            return List.of(
                    Row.ms(size, part, "Jena: parse — RDFParser into a memory graph", Timing.ofTimes(parse), what),
                    Row.ms(size, part, "Jena: empty the graph and load, one transaction, text index included", loaded,
                            String.format(Locale.ROOT, "%d old triples out, %d in; DatasetDescription (TDB2 + Lucene) of a copy of the store",
                                    old.size(), g.size())),
                    Row.ms(size, part, "Jena: the same load without the text index (bare TDB2)", bareLoaded,
                            String.format(Locale.ROOT, "index ≈ %.0f ms of the load (medians)", loaded.median() - bareLoaded.median())),
                    Row.ms(size, part, "Jena: parse + load with the text index", Timing.ofTimes(total), "baseline"));
        } finally {
            StoreFiles.close(dsg);
        }
    }

    private static Graph parse(Path file, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static void replace(DatasetGraph dsg, Node graphName, Graph content) {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graphName);
            content.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
