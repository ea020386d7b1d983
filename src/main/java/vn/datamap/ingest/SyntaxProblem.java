package vn.datamap.ingest;

/** A submission that cannot be read at all: bad RDF syntax (with line and column) or a broken file. */
public class SyntaxProblem extends RuntimeException {
    private final long line;
    private final long column;

    public SyntaxProblem(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
