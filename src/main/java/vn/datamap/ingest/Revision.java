package vn.datamap.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One accepted version of an agency's catalogue, with its provenance: who submitted it, when,
 * in which format and size, and what it changed.
 *
 * @param activity     {@code submission}, {@code restore} or {@code start} (found at start-up,
 *                     e.g. the demo set, or a commit whose record a crash interrupted)
 * @param restoredFrom the revision a restore brought back, or null
 */
public record Revision(String agencyId, int number, Instant at, String agent, String activity, String format,
                       long bytes, long triples, Changes changes, Integer restoredFrom) {

    /** What a revision changed, database by database (by identifier). */
    public record Changes(int databases, List<String> added, List<String> changed, List<String> removed,
                          int unchanged, int milestones, int warnings) {
        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        public boolean none() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }
}
