package vn.datamap.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.store.BaseUriRecord;
import vn.datamap.store.DatasetDescription;
import vn.datamap.store.TdbStore;
import vn.datamap.vocab.Minted;

/**
 * {@code restore FILE [--data-dir DIR] [--base-uri URI]}: loads a backup (gzipped N-Quads, as
 * {@code POST /api/admin/backup} or {@code /dump} write them) into an empty data directory, and
 * records the base URI its graph names were minted under. A directory that holds anything is
 * refused: a restore never merges into, or overwrites, a map. The file is read twice: once to
 * check it (named graphs only, one run per graph, one base), once to load it in one transaction.
 */
final class Restore {
    private final Map<String, String> options;
    private final PrintStream out;
    private final PrintStream err;

    Restore(Map<String, String> options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run(Path file) {
        Path dataDir = CliContext.dataDir(options);
        requireEmpty(dataDir);
        Progress progress = new Progress(err, 3);
        Checked checked = check(file);
        String base = base(checked);
        progress.step("backup checked / đã kiểm tra bản sao lưu");
        boolean created = !Files.exists(dataDir);
        try {
            Files.createDirectories(dataDir);
            BaseUriRecord.check(dataDir, base);
            try (TdbStore store = TdbStore.open(dataDir, DatasetDescription.load())) {
                progress.step("store created / đã tạo kho");
                store.write(w -> {
                    read(file, new GraphRuns((graph, content) -> w.replaceGraph(graph, content)));
                    return null;
                });
            }
            progress.step("loaded / đã nạp");
        } catch (IOException | RuntimeException e) {
            clear(dataDir, created);
            throw e instanceof Cli.CliFailure f ? f : new Cli.CliFailure(Cli.STORE, "cannot restore into "
                    + dataDir.toAbsolutePath() + ": " + e.getMessage());
        }
        out.println("restored " + checked.graphs().size() + " graphs, " + checked.quads() + " statements into "
                + dataDir.toAbsolutePath() + " (base URI " + base + "); start the server with DATAMAP_DATA_DIR="
                + dataDir + " DATAMAP_BASE_URI=" + base);
        return Cli.OK;
    }

    private static void requireEmpty(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new Cli.CliFailure(Cli.REFUSED, dataDir.toAbsolutePath() + " is a file, not a data directory");
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new Cli.CliFailure(Cli.REFUSED, "the data directory " + dataDir.toAbsolutePath() + " is not empty; "
                        + "a restore goes into an empty (or new) directory and never overwrites a map");
            }
        } catch (IOException e) {
            throw new Cli.CliFailure(Cli.STORE, "cannot read " + dataDir.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /** What the first pass found: the graphs in order, the number of statements. */
    private record Checked(Set<Node> graphs, long quads) {
    }

    private Checked check(Path file) {
        Set<Node> graphs = new LinkedHashSet<>();
        long[] quads = {0};
        Node[] current = {null};
        read(file, new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                throw unreadable("a statement outside any named graph");
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.getGraph();
                if (quad.isDefaultGraph() || !g.isURI() || g.getURI().startsWith("urn:x-arq:")) {
                    throw unreadable("a statement outside the map's named graphs (" + g + ")");
                }
                if (!g.equals(current[0]) && !graphs.add(g)) {
                    throw unreadable("the statements of <" + g.getURI() + "> are not together (a backup writes graph by graph)");
                }
                current[0] = g;
                quads[0]++;
            }
        });
        if (graphs.isEmpty()) {
            throw unreadable("it holds no graph");
        }
        return new Checked(graphs, quads[0]);
    }

    /** The base URI: from the graph names, or {@code --base-uri} when they name none; both must agree. */
    private String base(Checked checked) {
        Set<String> found = new TreeSet<>();
        checked.graphs().forEach(g -> {
            String b = Minted.baseOfGraph(g);
            if (b != null) {
                found.add(b);
            }
        });
        if (found.size() > 1) {
            throw new Cli.CliFailure(Cli.UNREADABLE, "the backup mixes graphs of several base URIs: " + found);
        }
        String given = options.get("base-uri");
        String recorded = found.isEmpty() ? null : found.iterator().next();
        if (given != null && recorded != null && !new Minted(given).base().equals(recorded)) {
            throw new Cli.CliFailure(Cli.REFUSED, "the backup was made under base URI " + recorded + ", not " + given
                    + "; its IRIs depend on it. Restore it without --base-uri and start the server with DATAMAP_BASE_URI="
                    + recorded);
        }
        if (recorded == null && given == null) {
            throw new Cli.CliFailure(Cli.USAGE, "the backup's graph names do not show its base URI: add --base-uri URI");
        }
        return recorded != null ? recorded : new Minted(given).base();
    }

    private void read(Path file, StreamRDF sink) {
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException | RiotException e) {
            throw new Cli.CliFailure(Cli.UNREADABLE, "cannot read the backup " + file + ": " + e.getMessage());
        }
    }

    /** Gzipped (as backups are) or plain N-Quads. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private Cli.CliFailure unreadable(String why) {
        return new Cli.CliFailure(Cli.UNREADABLE, "not a backup of the map: " + why);
    }

    /** Deletes what a failed restore left, keeping a directory the operator made. */
    private static void clear(Path dataDir, boolean created) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> created || !p.equals(dataDir)).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // What is left is named in the error; the operator can delete it.
        }
    }

    /** Hands each graph's statements, once complete, to a consumer: one graph in memory at a time. */
    private static final class GraphRuns extends StreamRDFBase {
        private final BiConsumer<Node, Graph> complete;
        private Node graph;
        private Graph content = GraphFactory.createDefaultGraph();

        GraphRuns(BiConsumer<Node, Graph> complete) {
            this.complete = complete;
        }

        @Override
        public void quad(Quad quad) {
            if (graph != null && !graph.equals(quad.getGraph())) {
                flush();
            }
            graph = quad.getGraph();
            content.add(quad.asTriple());
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (graph != null && !content.isEmpty()) {
                complete.accept(graph, content);
            }
            content = GraphFactory.createDefaultGraph();
        }
    }
}
