package vn.datamap.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the template as an XLSX workbook: the catalogue, databases, milestones, data services
 * and legal documents sheets (header in row 1, data from row 2), then the allowed values. Text is
 * always written as string cells, which a spreadsheet program never runs as formulas; dates are
 * date cells shown as yyyy-mm-dd. Coded columns offer a drop-down list of the allowed values,
 * without refusing what is typed (codes and English labels are accepted too).
 */
final class XlsxWriter {
    /** How many rows below the data still get the drop-down lists. */
    private static final int SPARE_ROWS = 500;

    private final CodeLists codes;
    private CellStyle header;
    private CellStyle title;
    private CellStyle date;
    private CellStyle quoted;

    XlsxWriter(CodeLists codes) {
        this.codes = codes;
    }

    void write(TemplateRows.Content content, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            styles(workbook);
            AllowedValuesSheet allowed = new AllowedValuesSheet(codes);
            XSSFSheet catalogue = sheet(workbook, Template.CATALOGUE, List.of(content.catalogue()));
            XSSFSheet databases = sheet(workbook, Template.DATABASES, content.databases());
            XSSFSheet milestones = sheet(workbook, Template.MILESTONES, content.milestones());
            XSSFSheet services = sheet(workbook, Template.SERVICES, content.services());
            XSSFSheet documents = sheet(workbook, Template.DOCUMENTS, content.documents());
            allowed.write(workbook, header, title);
            dropDowns(catalogue, Template.CATALOGUE, allowed);
            dropDowns(databases, Template.DATABASES, allowed);
            dropDowns(milestones, Template.MILESTONES, allowed);
            dropDowns(documents, Template.DOCUMENTS, allowed);
            String identifiers = "'" + databases.getSheetName() + "'!$A$2:$A$" + (content.databases().size() + SPARE_ROWS);
            dropDown(milestones, 0, identifiers, content.milestones().size());
            dropDown(services, 0, identifiers, content.services().size());
            workbook.write(out);
        }
    }

    private void styles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        title = workbook.createCellStyle();
        title.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    private XSSFSheet sheet(XSSFWorkbook workbook, Template.Table table, List<Map<String, Object>> rows) {
        XSSFSheet sheet = workbook.createSheet(table.sheetName());
        Row head = sheet.createRow(0);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, width(columns.get(c)) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                Object value = rows.get(r).get(columns.get(c).key());
                if (value != null) {
                    value(row.createCell(c), value);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void value(Cell cell, Object value) {
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
            return;
        }
        String text = value.toString();
        cell.setCellValue(Text.escapeForXlsx(text));
        if (Text.looksLikeFormula(text)) {
            cell.setCellStyle(quoted);
        }
    }

    private void dropDowns(XSSFSheet sheet, Template.Table table, AllowedValuesSheet allowed) {
        int rows = sheet.getLastRowNum();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            String range = column.type() == Column.Type.FLAG ? allowed.flagRange()
                    : column.list() == null ? null : allowed.range(column.list());
            if (range != null) {
                dropDown(sheet, c, range, rows);
            }
        }
    }

    private static void dropDown(XSSFSheet sheet, int column, String range, int rows) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        CellRangeAddressList cells = new CellRangeAddressList(1, rows + SPARE_ROWS, column, column);
        XSSFDataValidation validation = (XSSFDataValidation) helper.createValidation(helper.createFormulaListConstraint(range), cells);
        // For XSSF, "suppress" true shows the arrow. No error box: codes and English labels are valid input too.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static int width(Column column) {
        if (column.isDate()) {
            return 14;
        }
        String key = column.key();
        return key.contains("description") || key.contains("title") ? 48 : key.contains("identifier") || key.endsWith("number") ? 18 : 28;
    }
}
