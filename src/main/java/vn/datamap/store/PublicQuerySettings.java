package vn.datamap.store;

import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;

/**
 * The context setting that makes a TDB2 query see the live map as SPARQL's default graph: the
 * union of the named graphs. (The stored default graph is always empty.)
 */
public final class PublicQuerySettings {
    public static final PublicQuerySettings INSTANCE = new PublicQuerySettings();

    private PublicQuerySettings() {}

    /** Applies the settings to a query execution under construction. */
    public <B extends QueryExecBuilder> B apply(B builder) {
        builder.set(TDB2.symUnionDefaultGraph, true);
        return builder;
    }
}
