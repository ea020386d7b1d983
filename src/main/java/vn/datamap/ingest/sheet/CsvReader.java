package vn.datamap.ingest.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the one-file CSV form of the template (see {@link CsvWriter}) as people save it: any of
 * the encodings of {@link CsvDecoding}, comma, semicolon or tab as delimiter (the one under which
 * the most headers are recognised), quoted multi-line cells, blank rows, trailing empty columns
 * and title rows above the header. Catalogue columns and legal-document groups may be filled on
 * any row, once or repeated.
 */
final class CsvReader {
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final String SHEET = Template.CSV_SHEET;

    private CsvReader() {}

    static SheetRecords read(byte[] bytes, Problems problems) {
        String text = CsvDecoding.decode(bytes);
        Headers headers = new Headers(Template.CSV_SINGLE_COLUMNS, List.of(Template.MILESTONE_GROUP, Template.DOCUMENT_GROUP));
        SheetCell fallback = new SheetCell(SHEET, 2, Template.CATALOGUE.column("catalogue_title_vi").vi());
        SheetRecords empty = new SheetRecords(new SheetRow(Map.of(), Map.of(), fallback), List.of(), List.of(), List.of(), List.of());
        if (text.isBlank()) {
            problems.emptyFile(new SheetCell(SHEET, 1, ""));
            return empty;
        }
        List<List<String>> grid = null;
        int headerIndex = -1;
        int best = 0;
        for (char d : DELIMITERS) {
            List<List<String>> candidate = parse(text, d, null);
            Optional<Integer> h = TableScan.findHeader(candidate, headers, 2);
            int score = h.map(i -> TableScan.score(candidate, i, headers)).orElse(0);
            if (score > best) {
                best = score;
                grid = parse(text, d, problems);
                headerIndex = h.get();
            }
        }
        if (grid == null) {
            problems.noHeader(new SheetCell(SHEET, 1, ""));
            return empty;
        }
        return records(TableScan.read(SHEET, grid, headerIndex, headers, problems), fallback, problems);
    }

    private static SheetRecords records(TableScan scan, SheetCell fallback, Problems problems) {
        List<SheetRow> databases = new ArrayList<>();
        List<SheetRow> milestones = new ArrayList<>();
        List<SheetRow> services = new ArrayList<>();
        List<SheetRow> catalogueParts = new ArrayList<>();
        for (TableScan.Line line : scan.lines()) {
            Map<String, String> db = new LinkedHashMap<>();
            Map<String, SheetCell> dbCells = new LinkedHashMap<>();
            Map<Integer, SheetRow> steps = new TreeMap<>();
            Map<String, String> cat = new LinkedHashMap<>();
            Map<String, SheetCell> catCells = new LinkedHashMap<>();
            for (Map.Entry<Headers.Match, String> e : line.cells().entrySet()) {
                Headers.Match m = e.getKey();
                SheetCell cell = new SheetCell(SHEET, line.row(), m.label());
                if (m.item() > 0 && m.field().startsWith("milestone_")) {
                    SheetRow step = steps.computeIfAbsent(m.item(),
                            n -> new SheetRow(new LinkedHashMap<>(), new LinkedHashMap<>(), cell));
                    step.values().put(m.field(), e.getValue());
                    step.cells().put(m.field(), cell);
                } else if (m.item() > 0 || isCatalogueField(m.field())) {
                    String key = m.item() > 0 ? m.item() + ":" + m.field() : m.field();
                    cat.put(key, e.getValue());
                    catCells.put(key, cell);
                } else {
                    db.put(m.field(), e.getValue());
                    dbCells.put(m.field(), cell);
                }
            }
            SheetCell idCell = dbCells.getOrDefault("identifier",
                    new SheetCell(SHEET, line.row(), Template.DATABASES.column("identifier").vi()));
            catalogueParts.add(new SheetRow(cat, catCells, new SheetCell(SHEET, line.row(), fallback.column())));
            steps.values().removeIf(SheetRow::isBlank);
            if (db.values().stream().allMatch(String::isEmpty) && steps.isEmpty()) {
                continue;
            }
            String id = db.getOrDefault("identifier", "");
            databases.add(new SheetRow(db, dbCells, idCell));
            if (db.keySet().stream().anyMatch(k -> k.startsWith("service_") && !db.get(k).isEmpty())) {
                Map<String, String> service = new LinkedHashMap<>(db);
                Map<String, SheetCell> serviceCells = new LinkedHashMap<>(dbCells);
                service.put("service_database", id);
                serviceCells.put("service_database", idCell);
                services.add(new SheetRow(service, serviceCells, idCell));
            }
            steps.forEach((n, step) -> {
                step.values().put("milestone_database", id);
                step.cells().put("milestone_database", idCell);
                step.values().put("milestone_number", Integer.toString(n));
                milestones.add(step);
            });
        }
        SheetRow merged = SheetRecords.merge(catalogueParts, fallback, problems);
        return new SheetRecords(catalogueOnly(merged), documents(merged), databases, milestones, services);
    }

    private static boolean isCatalogueField(String field) {
        return Template.CATALOGUE.columns().stream().anyMatch(c -> c.key().equals(field));
    }

    private static SheetRow catalogueOnly(SheetRow merged) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SheetCell> cells = new LinkedHashMap<>();
        merged.values().forEach((k, v) -> {
            if (!k.contains(":")) {
                values.put(k, v);
                cells.put(k, merged.cell(k));
            }
        });
        return new SheetRow(values, cells, merged.anchor());
    }

    /** The legal documents of the numbered groups, keyed "n:field" in the merged catalogue record. */
    private static List<SheetRow> documents(SheetRow merged) {
        Map<Integer, SheetRow> byNumber = new TreeMap<>();
        merged.values().forEach((k, v) -> {
            int colon = k.indexOf(':');
            if (colon > 0) {
                int n = Integer.parseInt(k.substring(0, colon));
                String field = k.substring(colon + 1);
                SheetCell cell = merged.cell(k);
                SheetRow doc = byNumber.computeIfAbsent(n, i -> new SheetRow(new LinkedHashMap<>(), new LinkedHashMap<>(), cell));
                doc.values().put(field, v);
                doc.cells().put(field, cell);
            }
        });
        byNumber.values().removeIf(SheetRow::isBlank);
        return new ArrayList<>(byNumber.values());
    }

    /** The cells of every record; with {@code problems}, a quote left open is reported, else the rest is dropped silently. */
    private static List<List<String>> parse(String text, char delimiter, Problems problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        List<List<String>> grid = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                grid.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (problems != null) {
                problems.unclosedQuote(new SheetCell(SHEET, grid.size() + 1, ""));
            }
        }
        return grid;
    }
}
