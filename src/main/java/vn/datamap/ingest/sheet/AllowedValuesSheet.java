package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * The sheet "Giá trị hợp lệ - Allowed values": one block per code list (code, Vietnamese label,
 * English label), and a yes/no block. It gives the ranges the drop-down lists of coded columns
 * point to.
 */
final class AllowedValuesSheet {
    private record Block(String vi, String en, List<CodeLists.Entry> entries, CodeList list) {}

    private final CodeLists codes;
    private final Map<CodeList, String> ranges = new EnumMap<>(CodeList.class);
    private String flagRange;

    AllowedValuesSheet(CodeLists codes) {
        this.codes = codes;
    }

    /** Writes the sheet; afterwards {@link #range} gives the cells a drop-down list can offer. */
    void write(XSSFWorkbook workbook, CellStyle header, CellStyle title) {
        Template.Table table = Template.ALLOWED_VALUES;
        XSSFSheet sheet = workbook.createSheet(table.sheetName());
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            head.createCell(c).setCellValue(column.vi() + " / " + column.en());
            head.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, (c == 0 ? 24 : 60) * 256);
        }
        int r = 2;
        for (Block block : blocks()) {
            Row titleRow = sheet.createRow(r++);
            titleRow.createCell(0).setCellValue(block.vi() + " / " + block.en());
            titleRow.getCell(0).setCellStyle(title);
            int first = r;
            for (CodeLists.Entry e : block.entries()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.code());
                row.createCell(1).setCellValue(e.vi());
                row.createCell(2).setCellValue(e.en());
            }
            if (r > first) {
                // Agencies are written as their id; every other list as its Vietnamese label.
                String range = range(sheet.getSheetName(), block.list() == CodeList.AGENCY ? 0 : 1, first, r - 1);
                if (block.list() == null) {
                    flagRange = range;
                } else {
                    ranges.put(block.list(), range);
                }
            }
            r++;
        }
        sheet.createFreezePane(0, 1);
    }

    /** The formula of the cells listing the written form of a code list, or null. */
    String range(CodeList list) {
        return ranges.get(list);
    }

    String flagRange() {
        return flagRange;
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (CodeList list : List.of(CodeList.DATABASE_KIND, CodeList.SECTOR, CodeList.ACCESS_LEVEL, CodeList.MILESTONE_KIND,
                CodeList.MILESTONE_STATUS, CodeList.LANGUAGE, CodeList.AGENCY)) {
            blocks.add(new Block(codes.nameVi(list), codes.nameEn(list), codes.entries(list), list));
        }
        blocks.add(new Block("Có hoặc không", "Yes or no", List.of(
                new CodeLists.Entry(null, "có", "có", "yes", List.of()),
                new CodeLists.Entry(null, "không", "không", "no", List.of())), null));
        return blocks;
    }

    private static String range(String sheet, int column, int firstRow, int lastRow) {
        String col = CellReference.convertNumToColString(column);
        return "'" + sheet.replace("'", "''") + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (lastRow + 1);
    }
}
