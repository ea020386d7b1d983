package vn.datamap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;
import vn.datamap.web.HeldBuffer;
import vn.datamap.web.JsonLdWriter;
import vn.datamap.web.RdfFormat;
import vn.datamap.web.RdfResponses;

/**
 * The unpaged export of one agency's catalogue in a streaming syntax (N-Triples and Turtle written
 * straight to bytes, Turtle block by block; JSON-LD node object by node object): the stored
 * graph goes from TDB2 to the response as it is read, so memory stays flat whatever the
 * catalogue's size; then the triples the catalogue publishes beyond what is
 * stored (today's owner, names of publishers, concept labels), which are computed once per store
 * generation and kept for the few catalogues last asked for. The triples are those of
 * {@link CatalogPublisher#whole(StoreReader, String)}.
 */
@Component
public class WholeCatalogues {
    private static final int KEPT = 8;
    private final Store store;
    private final CatalogPublisher publisher;
    private final Minted minted;
    private final Map<String, Extra> extras = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Extra> eldest) {
            return size() > KEPT;
        }
    };
    private long generation = Long.MIN_VALUE;

    public WholeCatalogues(Store store, CatalogPublisher publisher, Minted minted) {
        this.store = store;
        this.publisher = publisher;
        this.minted = minted;
    }

    /** Whether the export of {@code format} is streamed (the others are built as a graph, then written). */
    public static boolean streams(RdfFormat format) {
        return format == RdfFormat.NTRIPLES || format == RdfFormat.TURTLE || format == RdfFormat.JSONLD;
    }

    /** Writes the whole catalogue of {@code agencyId} to {@code out}, from one snapshot of the map. */
    public void write(String agencyId, RdfFormat format, OutputStream out) throws IOException {
        publisher.requireCatalogue(agencyId);
        HeldBuffer buffered = new HeldBuffer(out);
        store.read(reader -> {
            Node own = minted.catalogueGraph(agencyId);
            Extra extra = extra(reader, agencyId);
            StreamRDF sink = switch (format) {
                case TURTLE -> new TurtleBytesWriter(buffered);
                case JSONLD -> new JsonLdWriter(buffered);
                default -> new NQuadsBytesWriter(buffered);
            };
            sink.start();
            NS.prefixes().getNsPrefixMap().forEach(sink::prefix);
            reader.streamQuads(List.of(own), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    sink.triple(quad.asTriple());
                }
            });
            extra.bySubject().forEach(sink::triple);
            sink.finish();
            return null;
        });
        buffered.release();
    }

    /**
     * What the published catalogue adds to the stored graph of {@code agencyId} (today's owner,
     * names, concept labels), as of the reader's snapshot; kept per generation. Read-only.
     */
    public Graph derived(StoreReader reader, String agencyId) {
        return extra(reader, agencyId).graph();
    }

    /** The derived triples as a graph, and subject by subject for a streaming writer; computed once. */
    private record Extra(Graph graph, List<Triple> bySubject) {
    }

    private Extra extra(StoreReader reader, String agencyId) {
        Node own = minted.catalogueGraph(agencyId);
        long seen = reader.state().generation();
        synchronized (extras) {
            if (seen > generation) {
                extras.clear();
                generation = seen;
            }
            Extra kept = seen == generation ? extras.get(agencyId) : null;
            if (kept != null) {
                return kept;
            }
        }
        Graph stored = reader.view(own);
        Graph extra = GraphFactory.createDefaultGraph();
        publisher.whole(reader, agencyId).find().forEachRemaining(t -> {
            if (!stored.contains(t)) {
                extra.add(t);
            }
        });
        Extra result = new Extra(extra, RdfResponses.bySubject(extra));
        synchronized (extras) {
            if (seen == generation) {
                extras.put(agencyId, result);
            }
        }
        return result;
    }
}
