package vn.datamap.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;

/**
 * The context settings of the server's own queries: a TDB2 query sees the live map as SPARQL's
 * default graph, the union of the named graphs (the stored default graph is always empty); and
 * a sort, DISTINCT or REDUCED holding more than {@link #spillAfter()} rows goes on in temporary
 * files instead of the heap, so that a query over a large map fits in a small heap while a
 * large heap keeps its sorts in memory.
 */
public final class PublicQuerySettings {
    public static final PublicQuerySettings INSTANCE =
            new PublicQuerySettings(spillAfter(Runtime.getRuntime().maxMemory()));

    /** Heap the server needs whatever the query: the store's caches, the text index, pages, the other requests. */
    static final long RESERVED_HEAP = 768L << 20;
    /** Heap bytes set aside per row a sort may hold in memory (a row plus its share of the rest). */
    static final long HEAP_BYTES_PER_ROW = 8 * 1024;
    /** The fewest rows kept in memory, however small the heap. */
    static final long MIN_ROWS_IN_MEMORY = 10_000;

    private final long spillAfter;

    private PublicQuerySettings(long spillAfter) {
        this.spillAfter = spillAfter;
    }

    /**
     * The rows a sort or DISTINCT keeps in memory before it spills, for a heap of
     * {@code maxHeapBytes}: one row per 8 KiB of the heap beyond {@link #RESERVED_HEAP}
     * (32,768 rows for 1 GiB, 688,128 for 6 GiB), never fewer than {@link #MIN_ROWS_IN_MEMORY}.
     * Measured: over 10M triples with a 1 GiB heap, 50,000 rows kept in memory answered and
     * 131,072 ran the server out of memory (a sorted row of a roadmap query holds about 5 KB).
     */
    public static long spillAfter(long maxHeapBytes) {
        return Math.max(MIN_ROWS_IN_MEMORY, (maxHeapBytes - RESERVED_HEAP) / HEAP_BYTES_PER_ROW);
    }

    /** The threshold this server applies. */
    public long spillAfter() {
        return spillAfter;
    }

    /** Applies the settings to a query execution under construction. */
    public <B extends QueryExecBuilder> B apply(B builder) {
        builder.set(TDB2.symUnionDefaultGraph, true);
        builder.set(ARQ.spillToDiskThreshold, spillAfter);
        return builder;
    }
}
