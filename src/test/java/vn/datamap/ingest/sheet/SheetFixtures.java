package vn.datamap.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.store.ShippedData;

/** Shared set-up of the spreadsheet tests: one base, the shipped reference and demo data, small helpers. */
final class SheetFixtures {
    static final String BASE = "http://datamap.test/";
    static final Path DIR = Path.of("src/test/resources/ingest/sheet");

    private static Graph reference;
    private static Map<String, Graph> demos;
    private static CatalogueSheets sheets;

    private SheetFixtures() {}

    static synchronized CatalogueSheets sheets() {
        if (sheets == null) {
            ShippedData shipped = new ShippedData(BASE);
            reference = shipped.reference();
            demos = shipped.demoCatalogues();
            sheets = new CatalogueSheets(BASE, reference);
        }
        return sheets;
    }

    static Map<String, Graph> demos() {
        sheets();
        return demos;
    }

    static byte[] write(Graph g, String agencyId, SheetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sheets().write(g, agencyId, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static SheetImport read(byte[] bytes, SheetFormat format, String agencyId) {
        try {
            return sheets().read(new ByteArrayInputStream(bytes), format, agencyId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /** A Turtle file of the fixture folder, relative IRIs resolved against the base. */
    static Graph turtle(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(DIR.resolve(file)).base(BASE).lang(Lang.TURTLE).parse(g);
        return g;
    }

    static Node iri(String relative) {
        return NodeFactory.createURI(BASE + relative);
    }

    /** The triples of {@code a} that {@code b} lacks (the graphs have no blank nodes), for failure messages. */
    static List<Triple> missing(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).toList();
    }

    /** Why two ground graphs differ, or "" when they are equal. */
    static String difference(Graph expected, Graph actual) {
        List<Triple> lacking = missing(expected, actual);
        List<Triple> extra = missing(actual, expected);
        return lacking.isEmpty() && extra.isEmpty() ? "" : "missing " + lacking + "\nunexpected " + extra;
    }
}
