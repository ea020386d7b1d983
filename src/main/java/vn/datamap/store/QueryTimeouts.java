package vn.datamap.store;

import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;

/**
 * Time limits of a SPARQL query: until its first result, and for the whole query (the time its
 * answer takes to write included). Written in settings as "first,overall" in milliseconds; one
 * number sets both.
 */
public record QueryTimeouts(long firstResultMillis, long overallMillis) {

    /** The limits a setting names; {@code name} is the setting's name, for the message when it is wrong. */
    public static QueryTimeouts parse(String name, String setting) {
        String[] parts = setting.trim().split("\\s*,\\s*");
        try {
            long first = Long.parseLong(parts[0]);
            long overall = parts.length > 1 ? Long.parseLong(parts[1]) : first;
            if (parts.length > 2 || first <= 0 || overall <= 0) {
                throw new IllegalArgumentException("two positive numbers at most");
            }
            return new QueryTimeouts(first, Math.max(first, overall));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be \"first,overall\" in milliseconds, got: " + setting);
        }
    }

    /** Sets these limits on a query execution under construction. */
    public QueryExecDatasetBuilder apply(QueryExecDatasetBuilder builder) {
        return builder.initialTimeout(firstResultMillis, TimeUnit.MILLISECONDS)
                .overallTimeout(overallMillis, TimeUnit.MILLISECONDS);
    }
}
