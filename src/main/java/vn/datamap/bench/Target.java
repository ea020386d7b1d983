package vn.datamap.bench;

import java.util.Locale;

/** A target of issue 6 for the ratio ours / baseline: at most (a cost) or at least (a rate) a factor. */
record Target(boolean atMost, double factor) {
    /** Catalogue page: the last page at the largest size costs at most 1.5× the first page at the smallest. */
    static final Target PAGE = new Target(true, 1.5);
    /** Named queries: at most 1.15× the same SPARQL on a plain Fuseki. */
    static final Target QUERY = new Target(true, 1.15);
    /** Submission: at most 2× Jena's parse and load. */
    static final Target SUBMISSION = new Target(true, 2.0);
    /** Full export: at least 0.8× the throughput of RIOT writing the same triples. */
    static final Target EXPORT = new Target(false, 0.8);
    /** Dereference: at least 0.5× the requests per second of a static file of the same application. */
    static final Target DEREFERENCE = new Target(false, 0.5);

    boolean met(double ratio) {
        return !Double.isNaN(ratio) && (atMost ? ratio <= factor : ratio >= factor);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s×", atMost ? "≤" : "≥", factor);
    }
}
