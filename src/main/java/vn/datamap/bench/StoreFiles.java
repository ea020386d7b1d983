package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;

/** Files of a benchmark run: loading generated catalogues into a store, copying a stopped store, cleaning up. */
final class StoreFiles {
    /** Turtle per write transaction when loading: few commits (each costs fsyncs of TDB2 and Lucene), bounded memory. */
    private static final long BYTES_PER_TRANSACTION = 64L << 20;

    private StoreFiles() {}

    /** The generated catalogues of a map folder ({@code *.ttl}, not the submission sub-folder), in file order. */
    static List<Path> catalogues(Path mapDir) {
        try (Stream<Path> files = Files.list(mapDir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String agencyOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ttl$", "");
    }

    /**
     * Loads every catalogue of {@code mapDir} straight into the store, as {@code StoreWriter.replaceGraph}
     * of the agency's graph (parse, no validation: the generated catalogues conform), several
     * catalogues per write transaction. Returns the triples loaded.
     */
    static long load(Store store, Minted minted, String base, Path mapDir) {
        long[] triples = {0};
        List<Path> files = catalogues(mapDir);
        int i = 0;
        while (i < files.size()) {
            int from = i;
            long bytes = 0;
            while (i < files.size() && (i == from || bytes + size(files.get(i)) <= BYTES_PER_TRANSACTION)) {
                bytes += size(files.get(i++));
            }
            List<Path> batch = files.subList(from, i);
            store.write(w -> {
                for (Path file : batch) {
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(g);
                    w.replaceGraph(minted.catalogueGraph(agencyOf(file)), g);
                    triples[0] += g.size();
                }
                return null;
            });
        }
        return triples[0];
    }

    /** Copies a stopped data directory's store and text index (lock files left out). */
    /** The TDB2 dataset under the wrappers (such as the text index) of an assembled dataset. */
    static DatasetGraph tdb(DatasetGraph dsg) {
        DatasetGraph tdb = dsg;
        while (!TDBInternal.isTDB2(tdb) && tdb instanceof DatasetGraphWrapper wrapper) {
            tdb = wrapper.getWrapped();
        }
        return tdb;
    }

    /** Closes an assembled dataset: its text index, then the TDB2 dataset, released from Jena's cache. */
    static void close(DatasetGraph dsg) {
        DatasetGraph tdb = tdb(dsg);
        if (tdb != dsg) {
            dsg.close();
        }
        TDBInternal.expel(tdb);
    }

    static void copyTree(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!name.equals("tdb.lock") && !name.equals("write.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            if (Files.isDirectory(file)) {
                try (Stream<Path> files = Files.walk(file)) {
                    return files.filter(Files::isRegularFile).mapToLong(StoreFiles::size).sum();
                }
            }
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
