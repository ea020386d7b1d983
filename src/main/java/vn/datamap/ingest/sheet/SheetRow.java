package vn.datamap.ingest.sheet;

import java.util.Map;

/**
 * One record read from a filled template: the text of each field (by column key) and the cell
 * each field was read from. {@code anchor} is the cell that names the record (a database's
 * identifier cell, a milestone's row); a field whose column is absent from the sheet is located
 * at the anchor's row under the template's header for that field.
 */
record SheetRow(Map<String, String> values, Map<String, SheetCell> cells, SheetCell anchor) {

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    boolean has(String key) {
        return !get(key).isEmpty();
    }

    SheetCell cell(String key) {
        SheetCell cell = cells.get(key);
        return cell != null ? cell : new SheetCell(anchor.sheet(), anchor.row(), canonicalLabel(key));
    }

    boolean isBlank() {
        return values.values().stream().allMatch(String::isEmpty);
    }

    private static String canonicalLabel(String key) {
        for (Template.Table t : Template.TABLES) {
            for (Column c : t.columns()) {
                if (c.key().equals(key)) {
                    return c.vi();
                }
            }
        }
        return key;
    }
}
