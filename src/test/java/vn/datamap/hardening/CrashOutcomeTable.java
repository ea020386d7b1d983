package vn.datamap.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of each kill in {@link CrashRecoveryIT}, one row per {@link KillPoint}: when the
 * kill landed, how the PUT ended, which catalogue was live after the restart, the revisions, the
 * text index and how long the restart took; followed by what was seen of each submission.
 * Printed and written to {@code outcomes.txt}.
 */
final class CrashOutcomeTable {
    /** One kill and what the restarted server showed. */
    record Row(KillPoint point, long killedAtMs, String seen, String put, int exit, String outcome,
               String revisions, String text, long restartMs) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Prints the table and writes it to {@code dir/outcomes.txt}. */
    void write(Path dir) throws IOException {
        String text = text();
        System.out.println(text);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("outcomes.txt"), text);
    }

    String text() {
        StringBuilder t = new StringBuilder(String.format("%-18s | %-54s | %8s | %-12s | %4s | %-16s | %-9s | %-16s | %s%n",
                "kill point", "aim", "kill ms", "PUT", "exit", "outcome", "revisions", "text index", "restart ms"));
        StringBuilder seen = new StringBuilder();
        for (Row r : rows) {
            t.append(String.format("%-18s | %-54s | %8d | %-12s | %4d | %-16s | %-9s | %-16s | %d%n", r.point, r.point.aim,
                    r.killedAtMs, r.put.length() > 12 ? r.put.substring(0, 12) : r.put, r.exit, r.outcome, r.revisions, r.text, r.restartMs));
            seen.append(String.format("%-18s seen (ms since the PUT began): %s; PUT: %s%n", r.point, r.seen, r.put));
        }
        return t + "\n" + seen;
    }
}
