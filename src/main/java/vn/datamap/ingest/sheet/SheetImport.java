package vn.datamap.ingest.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What a filled template gave: the catalogue graph (shaped as the stored catalogues are), the
 * problems met while reading it, and where each value came from, so that a validation result
 * about a subject and a property can be shown to the steward as a sheet, a row and a column.
 */
public record SheetImport(Graph graph, List<SheetProblem> problems, Map<SheetImport.Key, SheetCell> cells) {

    /** A subject and one of its properties. */
    public record Key(Node subject, Node predicate) {}

    public SheetImport {
        problems = List.copyOf(problems);
        cells = Map.copyOf(cells);
    }

    /**
     * The cell that holds the value of (subject, predicate). For a value that is missing it is
     * the cell where it should have been written: the subject's row, that property's column.
     * For a property with no column of its own, the cell that names the subject (its row).
     */
    public Optional<SheetCell> cellOf(Node subject, Node predicate) {
        SheetCell cell = cells.get(new Key(subject, predicate));
        if (cell == null) {
            cell = cells.get(new Key(subject, Terms.TYPE));
        }
        return Optional.ofNullable(cell);
    }
}
