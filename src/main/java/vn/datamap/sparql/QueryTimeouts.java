package vn.datamap.sparql;

/**
 * SPARQL time limits: until the first result, and for the whole query. Parsed from
 * {@code DATAMAP_QUERY_TIMEOUT} written as "first,overall" in milliseconds (one number sets both).
 */
record QueryTimeouts(long firstResultMillis, long overallMillis) {

    static QueryTimeouts parse(String setting) {
        String[] parts = setting.trim().split("\\s*,\\s*");
        try {
            long first = Long.parseLong(parts[0]);
            long overall = parts.length > 1 ? Long.parseLong(parts[1]) : first;
            if (first <= 0 || overall <= 0) {
                throw new IllegalArgumentException("time limits must be positive");
            }
            return new QueryTimeouts(first, Math.max(first, overall));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("DATAMAP_QUERY_TIMEOUT must be \"first,overall\" in milliseconds, got: " + setting);
        }
    }
}
