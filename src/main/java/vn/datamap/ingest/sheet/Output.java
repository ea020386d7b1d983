package vn.datamap.ingest.sheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** The graph an import builds, and the cell each (subject, property) was read from. */
final class Output {
    final Graph graph = GraphFactory.createDefaultGraph();
    final Map<SheetImport.Key, SheetCell> cells = new HashMap<>();

    /** Adds the triple when there is an object (null means: blank or unreadable cell). */
    void add(Node s, Node p, Node o) {
        if (o != null) {
            graph.add(Triple.create(s, p, o));
        }
    }

    /** Records where the value of (s, p) is written, or would be; the first location given wins. */
    void locate(Node s, Node p, SheetCell cell) {
        cells.putIfAbsent(new SheetImport.Key(s, p), cell);
    }

    void put(Node s, Node p, Node o, SheetCell cell) {
        locate(s, p, cell);
        add(s, p, o);
    }

    /** A language-tagged literal from a text cell, located at that cell. */
    void text(Node s, Node p, SheetRow row, String key, String language) {
        String text = row.get(key);
        put(s, p, text.isEmpty() ? null : Values.lang(text, language), row.cell(key));
    }
}
