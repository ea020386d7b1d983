package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.store.ShippedData;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.validate.Finding;

/** Checks generated catalogues with the project's shapes, each against the reference data and the rest of the map. */
final class GeneratedMaps {
    static final String BASE = "http://localhost:8080/";

    private GeneratedMaps() {}

    static Map<String, Graph> parse(Path dir) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".ttl")).sorted().toList()) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(f).base(BASE).lang(Lang.TURTLE).parse(g);
                graphs.put(f.getFileName().toString().replaceFirst("\\.ttl$", ""), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graphs;
    }

    /** The findings of the shapes for the named catalogues (the others and the reference data as context). */
    static List<Finding> findings(Map<String, Graph> map, List<String> sample) {
        CatalogueValidator validator = new CatalogueValidator();
        return sample.stream().flatMap(agency -> validator.validate(map.get(agency), context(map, agency)).findings().stream()).toList();
    }

    /** The reference data and every catalogue but {@code agency}'s: what a catalogue is validated against. */
    static Graph context(Map<String, Graph> map, String agency) {
        Graph context = new ShippedData(BASE).reference();
        for (Map.Entry<String, Graph> e : map.entrySet()) {
            if (!e.getKey().equals(agency)) {
                context = new Union(context, e.getValue());
            }
        }
        return context;
    }
}
