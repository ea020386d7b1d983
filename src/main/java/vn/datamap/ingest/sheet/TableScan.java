package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header row of a grid of cell texts (it may sit below a title row) and reads the rows
 * under it, skipping blank rows. Columns the template does not know are reported when they hold
 * data, except the row-number and notes columns people commonly add.
 */
final class TableScan {
    /** A data row: its 1-based row number and the text of each recognised column. */
    record Line(int row, Map<Headers.Match, String> cells) {}

    /** How many rows from the top are searched for the header. */
    private static final int HEADER_SEARCH = 20;
    private static final Set<String> IGNORED = Set.of("stt", "tt", "no", "ghi chu", "notes", "note");

    private final String sheet;
    private final int headerRow;
    private final List<Headers.Match> columns;
    private final List<Line> lines = new ArrayList<>();

    private TableScan(String sheet, int headerRow, List<Headers.Match> columns) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
    }

    /** How many headers of the row at {@code index} the template recognises. */
    static int score(List<List<String>> grid, int index, Headers headers) {
        return (int) grid.get(index).stream().map(headers::match).filter(Optional::isPresent).count();
    }

    /** The index of the row with the most recognised headers among the top rows, if it has at least {@code minimum}. */
    static Optional<Integer> findHeader(List<List<String>> grid, Headers headers, int minimum) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, grid.size()); i++) {
            int score = score(grid, i, headers);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return bestScore >= minimum ? Optional.of(best) : Optional.empty();
    }

    /** Reads the grid under the header row at {@code index}; cell texts are cleaned and un-escaped. */
    static TableScan read(String sheet, List<List<String>> grid, int index, Headers headers, Problems problems) {
        List<String> header = grid.get(index);
        List<Headers.Match> columns = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            Headers.Match m = headers.match(header.get(c)).orElse(null);
            if (m != null && seen.putIfAbsent(m.field() + "#" + m.item(), c) != null) {
                problems.duplicateColumn(new SheetCell(sheet, index + 1, m.label()));
                m = null;
            }
            columns.add(m);
        }
        TableScan scan = new TableScan(sheet, index + 1, columns);
        scan.readLines(grid, index, header, problems);
        return scan;
    }

    private void readLines(List<List<String>> grid, int index, List<String> header, Problems problems) {
        Set<Integer> reported = new HashSet<>();
        for (int r = index + 1; r < grid.size(); r++) {
            List<String> raw = grid.get(r);
            Map<Headers.Match, String> cells = new LinkedHashMap<>();
            boolean any = false;
            for (int c = 0; c < raw.size(); c++) {
                String value = Text.clean(Text.unescape(raw.get(c) == null ? "" : raw.get(c)));
                Headers.Match m = c < columns.size() ? columns.get(c) : null;
                if (m != null) {
                    cells.put(m, value);
                    any |= !value.isEmpty();
                } else if (!value.isEmpty() && !ignored(c < header.size() ? header.get(c) : "") && reported.add(c)) {
                    String label = c < header.size() ? Headers.withoutKey(header.get(c)) : "";
                    problems.unknownColumn(new SheetCell(sheet, headerRow, label.isEmpty() ? columnLetter(c) : label));
                }
            }
            if (any) {
                columns.stream().filter(m -> m != null && !cells.containsKey(m)).forEach(m -> cells.put(m, ""));
                lines.add(new Line(r + 1, cells));
            }
        }
    }

    List<Line> lines() {
        return lines;
    }

    private static boolean ignored(String header) {
        return IGNORED.contains(Text.fold(Headers.withoutKey(header)));
    }

    /** The spreadsheet name of a 0-based column index (A, B, …, AA), for a column with no header. */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
