package vn.datamap.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the template as one CSV file (UTF-8 with a byte-order mark, so that Excel shows
 * Vietnamese correctly; comma-separated; CRLF). One row per database, with its data service and
 * its milestones in numbered column groups ("Mốc 1: …", "Mốc 2: …"; group n is milestone n).
 * The catalogue's own columns and its legal documents (numbered groups "Văn bản 1: …") are
 * filled on the first row only. Text a spreadsheet program could run as a formula gets a leading
 * quote.
 */
final class CsvWriter {
    /** Groups written even when the catalogue has fewer, so that stewards have room to add. */
    static final int MIN_MILESTONE_GROUPS = 5;
    static final int MIN_DOCUMENT_GROUPS = 3;

    private CsvWriter() {}

    static void write(TemplateRows.Content content, OutputStream out) throws IOException {
        Map<String, Map<Integer, Map<String, Object>>> milestones = numbered(content.milestones());
        int groups = MIN_MILESTONE_GROUPS;
        for (Map<Integer, Map<String, Object>> steps : milestones.values()) {
            groups = Math.max(groups, steps.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        int documents = Math.max(MIN_DOCUMENT_GROUPS, content.documents().size());
        List<Column> columns = Template.csvColumns(groups, documents);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> db : content.databases()) {
            Map<String, Object> row = new LinkedHashMap<>(db);
            String id = (String) db.get("identifier");
            content.services().stream().filter(s -> id.equals(s.get("service_database"))).findFirst().ifPresent(row::putAll);
            milestones.getOrDefault(id, Map.of()).forEach((n, m) -> m.forEach((field, value) ->
                    row.put(Template.MILESTONE_GROUP.column(n, field).key(), value)));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new LinkedHashMap<>());
        }
        rows.get(0).putAll(content.catalogue());
        for (int n = 1; n <= content.documents().size(); n++) {
            for (Map.Entry<String, Object> e : content.documents().get(n - 1).entrySet()) {
                rows.get(0).put(Template.DOCUMENT_GROUP.column(n, e.getKey()).key(), e.getValue());
            }
        }
        print(columns, rows, out);
    }

    private static void print(List<Column> columns, List<Map<String, Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(columns.stream().map(Column::header).toList());
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                Object value = row.get(c.key());
                cells.add(value == null ? "" : value instanceof LocalDate d ? d.toString() : Text.escapeForCsv(value.toString()));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** Milestones by database and number; one without a number takes the next free number. */
    private static Map<String, Map<Integer, Map<String, Object>>> numbered(List<Map<String, Object>> milestones) {
        Map<String, Map<Integer, Map<String, Object>>> byDatabase = new LinkedHashMap<>();
        for (Map<String, Object> m : milestones) {
            Map<Integer, Map<String, Object>> steps = byDatabase.computeIfAbsent((String) m.get("milestone_database"),
                    k -> new LinkedHashMap<>());
            Object number = m.get("milestone_number");
            int n = number == null ? steps.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1
                    : Integer.parseInt(number.toString());
            Map<String, Object> fields = new LinkedHashMap<>(m);
            fields.remove("milestone_database");
            fields.remove("milestone_number");
            steps.put(n, fields);
        }
        return byDatabase;
    }
}
