package vn.datamap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import vn.datamap.store.Store;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * 4. Full exports, streamed to a client that counts bytes and keeps nothing: {@code /dump}
 * (gzipped N-Quads of every public graph) and the unpaged exports of the largest agency
 * catalogue, {@code /catalog/{agency}.nt}, {@code .ttl} and {@code .jsonld} (there is no unpaged
 * national export: {@code /catalog} is paged). Baseline: Jena RIOT writing the same triples in the same syntax to
 * a counting null stream — for the dump, the same graphs of the stopped store's copy through RIOT's
 * N-Quads stream writer and gzip (what {@code tdb2.tdbdump | gzip} does); for a catalogue, the
 * agency's stored graph read from the copy and written by RIOT's streaming writer in the syntax
 * the server streams (N-Triples, and Turtle block by block; RIOT has no streaming JSON-LD writer,
 * so for JSON-LD it reads the stored graph into memory and writes it compacted, its default); the note adds RIOT writing the
 * server's whole answer from memory, the writer's cost alone. Ours is timed first, then RIOT, each
 * after its own warm-up: alternating the two in one JVM slowed RIOT (its N-Triples of the 10k map
 * from 0.91–0.96 to 0.60 million triples a second) and not the server, which would flatter ours.
 * Throughput in triples per second; the note adds MB/s, the time of one request beside the time
 * the same server takes to send a static file of about 1 MB (what HTTP alone costs, which RIOT
 * writing to memory does not pay), and the heap of the JVM the server runs in.
 */
final class ExportSection {
    static final String PART = "4 export";
    private static final double MB = 1_000_000;
    /** A static file of about 1 MB that every server holds (the SPARQL editor's script), the floor of HTTP for an answer that size. */
    static final String STATIC = "/webjars/zazuko__yasgui/build/yasgui.min.js";
    private final SizeRun run;
    private final DatasetGraph copy;
    private String staticFloor;

    ExportSection(SizeRun run, DatasetGraph copy) {
        this.run = run;
        this.copy = copy;
    }

    List<Row> measure() {
        List<Row> rows = new ArrayList<>(dump());
        rows.addAll(catalogue("nt", RDFFormat.NTRIPLES, Lang.NTRIPLES));
        rows.addAll(catalogue("ttl", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE));
        rows.addAll(catalogue("jsonld", RDFFormat.JSONLD11_PRETTY, Lang.JSONLD));
        return rows;
    }

    private List<Row> dump() {
        long[] counted = countDump();
        long quads = counted[0];
        long[] wire = {0};
        HeapWatch watch = HeapWatch.start();
        Timing t;
        try {
            t = run.time(() -> wire[0] = run.http().download(run.port(), "/dump", "application/n-quads").bytes());
        } finally {
            watch.close();
        }
        String heap = watch.summary();
        List<Node> graphs = run.bean(Store.class).graphs().stream().sorted(Comparator.comparing(Node::getURI)).toList();
        long[] written = {0, 0};
        Timing base = run.time(() -> {
            CountingSink sink = new CountingSink();
            written[0] = riot(graphs, sink);
            written[1] = sink.count;
        });
        Row baseline = rate("Jena RIOT: the same graphs of the store copy as N-Quads + gzip", base, written[0],
                String.format(Locale.ROOT, "%d quads, %.1f MB gzipped", written[0], written[1] / MB));
        Row ours = rate("GET /dump (gzipped N-Quads, streamed)", t, quads, String.format(Locale.ROOT,
                "%d quads%s; %.1f MB N-Quads (%.1f MB/s), %.1f MB on the wire; %s", quads,
                quads == written[0] ? "" : " (BASELINE WROTE " + written[0] + ")", counted[1] / MB,
                counted[1] / MB / (t.median() / 1000), wire[0] / MB, heap));
        run.say("dump: %.0f triples/s vs RIOT %.0f triples/s", ours.median(), baseline.median());
        return List.of(ours.against(baseline, Target.EXPORT), baseline);
    }

    /** The quads and the uncompressed bytes of one dump, read apart from the timed runs. */
    private long[] countDump() {
        try (InputStream in = new GZIPInputStream(run.http().open(run.port(), "/dump", "application/n-quads"), 1 << 16)) {
            long lines = 0;
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                bytes += r;
                for (int i = 0; i < r; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return new long[] {lines, bytes};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long riot(List<Node> graphs, OutputStream sink) {
        long[] quads = {0};
        try (GZIPOutputStream gzip = new GZIPOutputStream(sink, 1 << 16)) {
            Txn.executeRead(copy, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, Lang.NQUADS);
                writer.start();
                for (Node g : graphs) {
                    Iterator<Quad> it = copy.find(g, Node.ANY, Node.ANY, Node.ANY);
                    try {
                        it.forEachRemaining(q -> {
                            writer.quad(q);
                            quads[0]++;
                        });
                    } finally {
                        Iter.close(it);
                    }
                }
                writer.finish();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quads[0];
    }

    private List<Row> catalogue(String suffix, RDFFormat format, Lang lang) {
        String agency = run.map().largestAgency();
        String path = "/catalog/" + agency + "." + suffix;
        String body = run.http().get(run.port(), path, "*/*");
        long bytes = body.getBytes(StandardCharsets.UTF_8).length;
        Graph graph = GraphFactory.createDefaultGraph();
        if (lang == Lang.JSONLD) {
            // Jena's JSON-LD reader (Titanium on Parsson) stops at 15 million JSON tokens, fewer than
            // the largest catalogue at 100k has: its triples are read from the N-Triples export,
            // which carries the same graph (RdfSyntaxCrossCheckTest).
            String ntriples = run.http().get(run.port(), "/catalog/" + agency + ".nt", "*/*");
            RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(graph);
        } else {
            RDFParser.fromString(body, lang).base(run.server().baseUri()).parse(graph);
        }
        long triples = graph.size();
        HeapWatch watch = HeapWatch.start();
        Timing t;
        try {
            t = run.time(() -> run.http().download(run.port(), path, "*/*"));
        } finally {
            watch.close();
        }
        String heap = watch.summary();
        Node stored = new Minted(run.server().baseUri()).catalogueGraph(agency);
        long[] written = {0, 0};
        Timing base = run.time(() -> {
            CountingSink sink = new CountingSink();
            written[0] = riot(stored, format, sink);
            written[1] = sink.count;
        });
        Timing memory = run.time(() -> RDFWriter.source(graph).format(format).output(new CountingSink()));
        String how = StreamRDFWriter.registered(format) ? "streamed as " : "read into memory and written as ";
        Row baseline = rate("Jena RIOT: the stored graph of the store copy, " + how + format, base, written[0],
                String.format(Locale.ROOT, "%d triples, %.1f MB; RIOT writing the %d triples of our answer from memory: %.0f triples/s",
                        written[0], written[1] / MB, triples, triples * 1000.0 / memory.median()));
        Row ours = rate("GET " + path.replace(agency, "{largest}") + " (unpaged " + agency + ")", t, triples,
                String.format(Locale.ROOT, "%d triples, %.1f MB (%.1f MB/s) in %.1f ms; %s; %s", triples, bytes / MB,
                        bytes / MB / (t.median() / 1000), t.median(), staticFloor(), heap));
        run.say("%s: %.0f triples/s vs RIOT %.0f triples/s", path, ours.median(), baseline.median());
        return List.of(ours.against(baseline, Target.EXPORT), baseline);
    }

    /**
     * What the same server takes to send a static file of about 1 MB to the same client: below
     * that, an answer's time is HTTP's, not the export's (RIOT, the baseline, writes to memory).
     * Measured once per size.
     */
    private String staticFloor() {
        if (staticFloor == null) {
            long[] bytes = {0};
            Timing t = run.time(() -> bytes[0] = run.http().download(run.port(), STATIC, "*/*").bytes());
            staticFloor = String.format(Locale.ROOT, "a static file of %.1f MB from the same server: %.1f ms (%.1f MB/s)",
                    bytes[0] / MB, t.median(), bytes[0] / MB / (t.median() / 1000));
        }
        return staticFloor;
    }

    /**
     * One stored graph of the copy read in a transaction and written by RIOT's streaming writer
     * (or, for a syntax RIOT cannot stream, read into memory and written); returns the triples.
     */
    private long riot(Node graphName, RDFFormat format, OutputStream sink) {
        long[] triples = {0};
        if (!StreamRDFWriter.registered(format)) {
            Txn.executeRead(copy, () -> {
                Graph graph = GraphFactory.createDefaultGraph();
                graph.getPrefixMapping().setNsPrefixes(NS.prefixes());
                copy.getGraph(graphName).find().forEachRemaining(graph::add);
                triples[0] = graph.size();
                RDFWriter.source(graph).format(format).output(sink);
            });
            return triples[0];
        }
        Txn.executeRead(copy, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(sink, format);
            writer.start();
            // The same prefixes as the server's answer, so that both write the same document.
            NS.prefixes().getNsPrefixMap().forEach(writer::prefix);
            Iterator<Quad> it = copy.find(graphName, Node.ANY, Node.ANY, Node.ANY);
            try {
                it.forEachRemaining(q -> {
                    writer.triple(q.asTriple());
                    triples[0]++;
                });
            } finally {
                Iter.close(it);
            }
            writer.finish();
        });
        return triples[0];
    }

    /** Times become rates: triples per second of the median run, and of the slowest. */
    private Row rate(String what, Timing t, long triples, String note) {
        return new Row(run.size(), PART, what, t.n(), triples * 1000.0 / t.median(), triples * 1000.0 / t.p99(),
                "triples/s", null, "", "", note);
    }

    /** An output stream that counts what it is given and keeps none of it. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
