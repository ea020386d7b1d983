package vn.datamap.admin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.springframework.stereotype.Service;
import vn.datamap.config.DatamapProperties;
import vn.datamap.store.Store;

/**
 * Writes the live map, every public graph as it stands in one read transaction, into
 * {@code {dataDir}/backups/datamap-<UTC timestamp>.nq.gz}: the same content as {@code /dump},
 * kept on the server. Writers go on meanwhile (a read never blocks them); the file is written
 * under a temporary name and moved into place whole, so a listing never shows half a backup.
 * Accounts ({@code accounts/}) and revisions ({@code system/}) are internal and not in it.
 */
@Service
public class BackupService {
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("datamap-\\d{8}T\\d{6}Z(-\\d+)?\\.nq\\.gz");

    private final Store store;
    private final Path folder;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    public BackupService(Store store, DatamapProperties properties, Clock clock) {
        this.store = store;
        this.folder = properties.dataDir().resolve(FOLDER);
        this.clock = clock;
    }

    /** Writes a new backup; one at a time. */
    public Backup create() {
        lock.lock();
        try {
            Files.createDirectories(folder);
            Instant now = clock.instant();
            Path target = freeName(now);
            Path part = folder.resolve(target.getFileName() + ".part");
            long[] counts = new long[3];
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part)), 1 << 16)) {
                store.read(reader -> {
                    List<Node> graphs = reader.graphs().stream().sorted(Comparator.comparing(Node::getURI)).toList();
                    StreamRDFCounting sink = StreamRDFLib.count(StreamRDFWriter.getWriterStream(out, Lang.NQUADS));
                    sink.start();
                    reader.streamQuads(graphs, sink);
                    sink.finish();
                    counts[0] = sink.countQuads();
                    counts[1] = graphs.size();
                    counts[2] = reader.state().generation();
                    return null;
                });
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(target.getFileName().toString(), target, Files.size(target), now, counts[0], (int) counts[1], counts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup into " + folder, e);
        } finally {
            lock.unlock();
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).map(BackupService::listed)
                    .sorted(Comparator.comparing(Backup::created).thenComparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder, e);
        }
    }

    /** One backup by its file name, or null; names outside the pattern (a path, "..") never match. */
    public Backup find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return null;
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? listed(file) : null;
    }

    private Path freeName(Instant now) {
        String stamp = STAMP.format(now);
        Path candidate = folder.resolve("datamap-" + stamp + ".nq.gz");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("datamap-" + stamp + "-" + n + ".nq.gz");
        }
        return candidate;
    }

    private static Backup listed(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return new Backup(file.getFileName().toString(), file, Files.size(file), modified.toInstant(), null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
