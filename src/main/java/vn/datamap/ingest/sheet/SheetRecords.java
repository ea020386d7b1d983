package vn.datamap.ingest.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records a reader found in a filled template, table by table; the catalogue is one merged record. */
record SheetRecords(SheetRow catalogue, List<SheetRow> documents, List<SheetRow> databases, List<SheetRow> milestones,
        List<SheetRow> services) {

    /**
     * Merges the catalogue-level records found on several rows into one: the first non-blank
     * value of each field wins, and a different value on a later row is reported there.
     */
    static SheetRow merge(List<SheetRow> rows, SheetCell fallbackAnchor, Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SheetCell> cells = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            for (Map.Entry<String, String> e : row.values().entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                SheetCell cell = row.cell(key);
                String previous = values.get(key);
                if (previous == null || previous.isEmpty()) {
                    if (previous == null || !value.isEmpty()) {
                        values.put(key, value);
                        cells.put(key, cell);
                    }
                } else if (!value.isEmpty() && !previous.equals(value)) {
                    problems.conflictingValue(cell, value, cells.get(key), previous);
                }
            }
        }
        return new SheetRow(values, cells, rows.isEmpty() ? fallbackAnchor : rows.get(0).anchor());
    }
}
