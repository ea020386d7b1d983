package vn.datamap.ingest.sheet;

/**
 * The uploaded bytes are not a spreadsheet of the announced format at all (a PDF sent as XLSX,
 * an XLSX sent as CSV, a corrupt archive). Problems with the content of a readable spreadsheet
 * are never thrown: they are returned as {@link SheetProblem}s.
 */
public class SheetUnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SheetUnreadableException(String message) {
        super(message);
    }

    public SheetUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
