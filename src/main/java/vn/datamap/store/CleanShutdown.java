package vn.datamap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record a clean shutdown leaves in the data directory: which graphs of the map were written
 * while the server ran, and a fingerprint of the files of the store, its text index and the
 * revision log as they were left. At the next start it is read and removed before anything is
 * opened; when it is there and the files are still as it describes them, only the graphs it names
 * can disagree with the revision log, and the start compares only those (instead of every
 * catalogue, which takes most of a minute over millions of triples), and the text index is as in
 * step as the server kept it (its check is another pass over the store). After a crash there is
 * no record (the start removed it), and
 * after any change to the files while the server was stopped (a standalone Fuseki's update, a
 * copy, a restore) the fingerprint differs: the start then compares every catalogue, as before.
 * The record also carries the triple counts the server knew of the graphs as it left them, which
 * a trusted record hands to the next run: counting a graph of TDB2 walks its index.
 */
final class CleanShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(CleanShutdown.class);
    static final String FILE = "clean-shutdown";
    /** The folders whose files the fingerprint covers: the map's store, its text index and the revision log. */
    private static final List<String> COVERED = List.of("store", "text", "system");
    /** Lock files, which an open may create or touch without changing anything. */
    private static final Set<String> LOCKS = Set.of("tdb.lock", "write.lock");
    /** {@code size N IRI}: the graph named IRI held N triples. */
    private static final Pattern SIZE = Pattern.compile("size (\\d{1,18}) (\\S+)");
    private static final String HEADER = "# Written by the Vietnam Data Map at a clean shutdown; read and removed at the next start.";

    private CleanShutdown() {}

    /**
     * What a trusted record says.
     *
     * @param written the graphs written since the revision log last agreed with the store
     * @param sizes   the triple counts known of graphs as they were left
     */
    record Taken(Set<Node> written, Map<Node, Long> sizes) {
    }

    /**
     * Reads and removes the record of the last shutdown; null when it cannot be trusted (no record,
     * an unreadable one, or files changed since it was written).
     */
    static Taken take(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Cannot read {} ({}); every catalogue is compared with its revision", file, e.getMessage());
            remove(file);
            return null;
        }
        // Gone before the store opens: a crash from here on leaves no record behind.
        remove(file);
        String fingerprint = null;
        Set<Node> written = new LinkedHashSet<>();
        Map<Node, Long> sizes = new HashMap<>();
        for (String line : lines) {
            Matcher size = SIZE.matcher(line);
            if (line.startsWith("fingerprint ")) {
                fingerprint = line.substring("fingerprint ".length()).strip();
            } else if (line.startsWith("graph ")) {
                written.add(NodeFactory.createURI(line.substring("graph ".length()).strip()));
            } else if (size.matches()) {
                sizes.put(NodeFactory.createURI(size.group(2)), Long.parseLong(size.group(1)));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                LOG.warn("{} has a line it should not have; every catalogue is compared with its revision", file);
                return null;
            }
        }
        String now;
        try {
            now = fingerprint(dataDir);
        } catch (IOException e) {
            LOG.warn("Cannot read the store's files ({}); every catalogue is compared with its revision", e.getMessage());
            return null;
        }
        if (fingerprint == null || !fingerprint.equals(now)) {
            LOG.info("The store's files changed after the last clean shutdown (or it left no fingerprint);"
                    + " every catalogue is compared with its revision");
            return null;
        }
        return new Taken(written, sizes);
    }

    /**
     * Writes the record, once the store and the revision log are closed. Not synced: a record
     * lost, cut short or left behind costs a full check at the next start, never a wrong one,
     * since a record without a matching fingerprint is not trusted.
     */
    static void record(Path dataDir, Set<Node> written, Map<Node, Long> sizes) {
        Path file = dataDir.resolve(FILE);
        Path part = dataDir.resolve(FILE + ".part");
        try {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            text.append("fingerprint ").append(fingerprint(dataDir)).append('\n');
            written.stream().map(Node::getURI).sorted().forEach(g -> text.append("graph ").append(g).append('\n'));
            sizes.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)))
                    .forEach(e -> text.append("size ").append(e.getValue()).append(' ').append(e.getKey().getURI()).append('\n'));
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write {} ({}); the next start compares every catalogue with its revision", file, e.getMessage());
        }
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind, it still cannot mislead: any write of this run changes the fingerprint.
            LOG.warn("Cannot remove {} ({})", file, e.getMessage());
        }
    }

    /** Path, size and modification time of every file of the covered folders (lock files aside), hashed. */
    static String fingerprint(Path dataDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String folder : COVERED) {
            Path root = dataDir.resolve(folder);
            if (!Files.isDirectory(root)) {
                entries.add(folder + " absent");
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                        .filter(f -> !LOCKS.contains(f.getFileName().toString()))::iterator) {
                    entries.add(dataDir.relativize(f) + "\t" + Files.size(f) + "\t"
                            + Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
                }
            }
        }
        entries.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach(e -> sha.update((e + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
