package vn.datamap.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled XLSX template. Sheets are recognised by name (either language, retyped freely)
 * or, when renamed, by their headers. Date cells become ISO dates, numbers plain decimals
 * (a number in a date column is then read as an Excel serial date); formulas are never
 * evaluated, only their cached result is read.
 */
final class XlsxReader {
    private enum Kind { CATALOGUE, DATABASES, MILESTONES, SERVICES, DOCUMENTS }

    private static final Map<Kind, Template.Table> TABLES = Map.of(Kind.CATALOGUE, Template.CATALOGUE, Kind.DATABASES,
            Template.DATABASES, Kind.MILESTONES, Template.MILESTONES, Kind.SERVICES, Template.SERVICES, Kind.DOCUMENTS,
            Template.DOCUMENTS);

    static {
        WorkbookLimits.apply();
    }

    private XlsxReader() {}

    static SheetRecords read(byte[] bytes, Problems problems) {
        Map<Kind, List<SheetRow>> rows = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            rows.put(k, new ArrayList<>());
        }
        boolean databasesSheet = false;
        try (XSSFWorkbook workbook = open(bytes)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            problems.sheetOrder(names);
            for (Sheet sheet : workbook) {
                if (named(sheet.getSheetName(), Template.ALLOWED_VALUES)) {
                    continue;
                }
                List<List<String>> grid = grid(sheet);
                Optional<Kind> kind = byName(sheet.getSheetName());
                int minimum = 1;
                if (kind.isEmpty()) {
                    kind = byHeaders(grid);
                    minimum = 2;
                }
                if (kind.isEmpty()) {
                    continue;
                }
                databasesSheet |= kind.get() == Kind.DATABASES;
                rows.get(kind.get()).addAll(records(sheet.getSheetName(), grid, TABLES.get(kind.get()), minimum, problems));
            }
        } catch (IOException e) {
            throw new SheetUnreadableException("The XLSX workbook cannot be read: " + e.getMessage(), e);
        }
        if (!databasesSheet) {
            problems.noDatabaseSheet(new SheetCell(Template.DATABASES.sheetName(), 1, ""));
        }
        SheetCell fallback = new SheetCell(Template.CATALOGUE.sheetName(), 2, Template.CATALOGUE.column("catalogue_title_vi").vi());
        SheetRow catalogue = SheetRecords.merge(rows.get(Kind.CATALOGUE), fallback, problems);
        return new SheetRecords(catalogue, rows.get(Kind.DOCUMENTS), rows.get(Kind.DATABASES), rows.get(Kind.MILESTONES),
                rows.get(Kind.SERVICES));
    }

    private static XSSFWorkbook open(byte[] bytes) {
        if (bytes.length == 0) {
            throw new SheetUnreadableException("The body is empty, not an XLSX workbook.");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            String hint = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                    ? " It looks like an Excel 97-2003 (.xls) file: save it as .xlsx." : "";
            throw new SheetUnreadableException("The body is not an XLSX workbook." + hint, e);
        }
    }

    /** The records of one sheet whose table is known. */
    static List<SheetRow> records(String name, List<List<String>> grid, Template.Table table, int minimum, Problems problems) {
        Headers headers = Headers.of(table);
        Optional<Integer> header = TableScan.findHeader(grid, headers, minimum);
        if (header.isEmpty()) {
            if (grid.stream().anyMatch(r -> r.stream().anyMatch(c -> !Text.clean(c).isEmpty()))) {
                problems.noHeader(new SheetCell(name, 1, ""));
            }
            return List.of();
        }
        TableScan scan = TableScan.read(name, grid, header.get(), headers, problems);
        String anchorKey = table.columns().get(0).key();
        List<SheetRow> rows = new ArrayList<>();
        for (TableScan.Line line : scan.lines()) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, SheetCell> cells = new LinkedHashMap<>();
            line.cells().forEach((m, v) -> {
                values.put(m.field(), v);
                cells.put(m.field(), new SheetCell(name, line.row(), m.label()));
            });
            SheetCell anchor = cells.getOrDefault(anchorKey, new SheetCell(name, line.row(), table.columns().get(0).vi()));
            rows.add(new SheetRow(values, cells, anchor));
        }
        return rows;
    }

    private static Optional<Kind> byName(String name) {
        return TABLES.entrySet().stream().filter(e -> named(name, e.getValue())).map(Map.Entry::getKey).findFirst();
    }

    private static boolean named(String name, Template.Table table) {
        String folded = Text.fold(name);
        return folded.equals(Text.fold(table.vi())) || folded.equals(Text.fold(table.en()))
                || folded.equals(Text.fold(table.sheetName()));
    }

    private static Optional<Kind> byHeaders(List<List<String>> grid) {
        Kind best = null;
        int bestScore = 1;
        for (Map.Entry<Kind, Template.Table> e : TABLES.entrySet()) {
            Headers headers = Headers.of(e.getValue());
            Optional<Integer> row = TableScan.findHeader(grid, headers, 2);
            int score = row.map(r -> TableScan.score(grid, r, headers)).orElse(0);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<List<String>> grid(Sheet sheet) {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            default -> "";
        };
    }

    private static String date(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : Values.isoDateTime(t);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
