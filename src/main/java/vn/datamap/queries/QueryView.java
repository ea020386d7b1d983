package vn.datamap.queries;

import java.util.List;

/** What the HTML pages of {@code /queries} show, already in the reader's language. */
public final class QueryView {
    private QueryView() {}

    /** One query with its form: on the list, and at the top of its results page. */
    public record Card(String name, String title, String description, String action, List<Field> fields,
                       String sparql, String editor) {
    }

    /**
     * One form control. {@code input} is {@code text}, {@code date}, {@code number} or
     * {@code select}; {@code list} names a datalist of suggestions, or is null.
     */
    public record Field(String name, String label, String input, String value, boolean required,
                        List<Option> options, String list, Long min, Long max, String hint) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** A link to the same results in another format. */
    public record Link(String label, String href) {
    }

    /** The results: column titles and rows of cells. */
    public record Table(List<String> headers, List<List<Cell>> rows) {
    }

    /** One cell: its text, and the IRI it links to when it shows a resource. */
    public record Cell(String text, String href) {
    }
}
