package vn.datamap.ingest.sheet;

/**
 * Something in a filled template that could not be read, located by sheet, row (1-based) and
 * column header, explained in Vietnamese and in English. Messages never show an IRI.
 */
public record SheetProblem(String sheet, int row, String column, String messageVi, String messageEn) {

    static SheetProblem at(SheetCell cell, String messageVi, String messageEn) {
        return new SheetProblem(cell.sheet(), cell.row(), cell.column(), messageVi, messageEn);
    }
}
