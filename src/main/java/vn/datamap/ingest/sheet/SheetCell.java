package vn.datamap.ingest.sheet;

/**
 * A cell as the steward sees it: the sheet's name, the row number shown by the spreadsheet
 * program (1-based) and the text of the column header (its Vietnamese part).
 */
public record SheetCell(String sheet, int row, String column) {}
