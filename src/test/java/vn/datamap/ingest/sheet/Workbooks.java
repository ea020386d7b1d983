package vn.datamap.ingest.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small XLSX workbooks the way a steward's spreadsheet program would save them. */
final class Workbooks {
    private Workbooks() {}

    /**
     * One sheet per entry, rows top down from row 1. A cell value is a String (text cell), a
     * LocalDate (date cell shown dd/mm/yyyy, as Vietnamese Excel does), a Number (plain numeric
     * cell) or null (no cell).
     */
    static byte[] of(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                for (int r = 0; r < s.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = s.getValue().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
