package vn.datamap.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/** A revision's catalogue graph as a gzipped N-Triples file: written whole and synced, or not at all. */
final class SnapshotFiles {
    private SnapshotFiles() {}

    /** The file's bytes for {@code content}: gzipped N-Triples (made apart from the write, so that another thread can make them). */
    static byte[] encode(Graph content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1 << 16, (int) Math.min(content.size() * 24L, 1 << 26)));
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16) {
                 {
                     def.setLevel(Deflater.BEST_SPEED);
                 }
             };
             OutputStream out = new BufferedOutputStream(gzip, 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
            writer.start();
            content.find().forEachRemaining(writer::triple);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a revision snapshot", e);
        }
        return bytes.toByteArray();
    }

    /** Writes encoded bytes as the file, synced, under its final name only once whole. */
    static void write(Path file, byte[] encoded) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.write(part, encoded);
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the revision snapshot " + file, e);
        }
    }

    static Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the revision snapshot " + file, e);
        }
        return graph;
    }
}
