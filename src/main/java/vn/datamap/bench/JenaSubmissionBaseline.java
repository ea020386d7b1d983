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

    /** Runs on the stopped copy {@code copyDir} (with {@code store/} and {@code text/}); returns the rows. */
    static List<Row> run(int size, Path copyDir, MapGenerator.Submission submission, String base, Node graphName) {
        DatasetGraph dsg = DatasetDescription.load().open(copyDir.resolve("store"), copyDir.resolve("text"));
        DatasetGraph tdb = StoreFiles.tdb(dsg);
        try {
            parse(submission.file(), base); // warm-up of the parser
            Graph[] parsed = new Graph[1];
            double parse = Timing.once(() -> parsed[0] = parse(submission.file(), base));
            Graph g = parsed[0];
            Graph old = GraphFactory.createDefaultGraph();
            Txn.executeRead(dsg, () -> dsg.getGraph(graphName).find().forEachRemaining(old::add));
            // Warmed up as the server's write is: the load once untimed, then the old graph put back.
            replace(dsg, graphName, g);
            replace(dsg, graphName, old);
            double load = Timing.once(() -> replace(dsg, graphName, g));
            // The same change again without the index: put the old graph back in TDB2 alone, then time old → new.
            DatasetGraph bare = tdb;
            replace(bare, graphName, old);
            double bareLoad = Timing.once(() -> replace(bare, graphName, g));
            String what = String.format(Locale.ROOT, "%d triples", g.size());
            String part = SubmissionSection.PART;
            return List.of(
                    Row.once(size, part, "Jena: parse — RDFParser into a memory graph", parse, what),
                    Row.once(size, part, "Jena: empty the graph and load, one transaction, text index included", load,
                            String.format(Locale.ROOT, "%d old triples out, %d in; DatasetDescription (TDB2 + Lucene) of a copy of the store",
                                    old.size(), g.size())),
                    Row.once(size, part, "Jena: the same load without the text index (bare TDB2)", bareLoad,
                            String.format(Locale.ROOT, "index ≈ %.0f ms of the load", load - bareLoad)),
                    Row.once(size, part, "Jena: parse + load with the text index", parse + load, "baseline"));
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
