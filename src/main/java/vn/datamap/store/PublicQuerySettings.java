package vn.datamap.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;

/**
 * The context settings of the server's own queries: a TDB2 query sees the live map as SPARQL's
 * default graph, the union of the named graphs (the stored default graph is always empty); and
 * a sort, DISTINCT or REDUCED holding more than {@link #SPILL_AFTER} rows goes on in temporary
 * files instead of the heap, so that a query over a large map fits in a small one.
 */
public final class PublicQuerySettings {
    public static final PublicQuerySettings INSTANCE = new PublicQuerySettings();
    public static final long SPILL_AFTER = 50_000;

    private PublicQuerySettings() {}

    /** Applies the settings to a query execution under construction. */
    public <B extends QueryExecBuilder> B apply(B builder) {
        builder.set(TDB2.symUnionDefaultGraph, true);
        builder.set(ARQ.spillToDiskThreshold, SPILL_AFTER);
        return builder;
    }
}
