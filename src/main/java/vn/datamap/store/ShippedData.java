package vn.datamap.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The data the jar ships: the vocabulary and concept schemes ({@code datamap/ontology}), the
 * reference data ({@code datamap/reference}) and the illustrative demo catalogues
 * ({@code datamap/demo}). All of it is written with relative IRIs, resolved here against the
 * deployment's base URI.
 */
public final class ShippedData {
    static final String REFERENCE = "classpath*:datamap/reference/*.ttl";
    static final String ONTOLOGY = "classpath*:datamap/ontology/*.ttl";
    static final String DEMO = "classpath*:datamap/demo/*.ttl";

    private final String base;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    public ShippedData(String base) {
        this.base = base;
    }

    /** Ontology, concept schemes and reference data as one graph: the content of the reference graph. */
    public Graph reference() {
        Graph reference = GraphFactory.createDefaultGraph();
        List<Resource> files = new ArrayList<>(find(ONTOLOGY));
        files.addAll(find(REFERENCE));
        files.forEach(r -> parseInto(r, reference));
        return reference;
    }

    /** Demo catalogues by agency id (the file name), in file-name order. */
    public Map<String, Graph> demoCatalogues() {
        Map<String, Graph> catalogues = new LinkedHashMap<>();
        for (Resource r : find(DEMO)) {
            Graph content = GraphFactory.createDefaultGraph();
            parseInto(r, content);
            catalogues.put(r.getFilename().replaceFirst("\\.ttl$", ""), content);
        }
        return catalogues;
    }

    private void parseInto(Resource resource, Graph graph) {
        try (InputStream in = resource.getInputStream()) {
            RDFParser.source(in).base(base).lang(Lang.TURTLE).parse(graph);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot load " + resource.getDescription() + ": " + e.getMessage(), e);
        }
    }

    private List<Resource> find(String pattern) {
        try {
            Resource[] found = resources.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return Arrays.asList(found);
        } catch (IOException e) {
            throw new StoreException("Cannot list " + pattern, e);
        }
    }
}
