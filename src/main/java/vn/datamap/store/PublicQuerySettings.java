package vn.datamap.store;

import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * The context settings that make a TDB2 query see the public live map: the default graph is the
 * union of the named graphs, and only public named graphs pass the tuple filter.
 */
public final class PublicQuerySettings {
    private final PublicGraphFilter filter;

    PublicQuerySettings(PublicGraphFilter filter) {
        this.filter = filter;
    }

    /** Applies the settings to a query execution under construction. */
    public <B extends QueryExecBuilder> B apply(B builder) {
        builder.set(TDB2.symUnionDefaultGraph, true);
        builder.set(SystemTDB.symTupleFilter, filter);
        return builder;
    }
}
