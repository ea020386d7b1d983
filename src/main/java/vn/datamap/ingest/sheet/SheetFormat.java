package vn.datamap.ingest.sheet;

/** The two forms of the template: one CSV file, or an XLSX workbook with one sheet per table. */
public enum SheetFormat {
    CSV,
    XLSX
}
