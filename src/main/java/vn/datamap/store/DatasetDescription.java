package vn.datamap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the one description of the dataset, {@code fuseki-config/datamap.ttl} (a Fuseki
 * assembler file that a standalone Fuseki can also use), and opens the dataset it describes,
 * with the location moved under the configured data directory.
 */
public final class DatasetDescription {
    static final String RESOURCE = "datamap/fuseki-config/datamap.ttl";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    private final Model config;

    private DatasetDescription(Model config) {
        this.config = config;
    }

    /** The description shipped in the jar. */
    public static DatasetDescription load() {
        try (InputStream in = DatasetDescription.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException("The dataset description " + RESOURCE + " is missing from the jar");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return new DatasetDescription(model);
        } catch (IOException e) {
            throw new StoreException("Cannot read the dataset description " + RESOURCE, e);
        }
    }

    /** The assembler model, for Fuseki's server-level settings. */
    public Model model() {
        return config;
    }

    /** Opens the TDB2 dataset of the description at {@code storeDir}. */
    public DatasetGraph open(Path storeDir) {
        Model copy = ModelFactory.createDefaultModel().add(config);
        Property location = copy.createProperty(TDB2, "location");
        List<Resource> datasets = copy.listSubjectsWithProperty(RDF.type, copy.createResource(TDB2 + "DatasetTDB2")).toList();
        if (datasets.size() != 1) {
            throw new StoreException("The dataset description must describe exactly one tdb2:DatasetTDB2, found " + datasets.size());
        }
        Resource tdb = datasets.get(0);
        tdb.removeAll(location);
        tdb.addProperty(location, storeDir.toAbsolutePath().toString());
        Dataset dataset = DatasetFactory.assemble(rootDataset(copy, tdb));
        return dataset.asDatasetGraph();
    }

    /** The dataset a service publishes: a wrapper (e.g. a text index) around the TDB2 one, or itself. */
    private static Resource rootDataset(Model model, Resource tdb) {
        Property textDataset = model.createProperty("http://jena.apache.org/text#", "dataset");
        List<Resource> wrappers = model.listSubjectsWithProperty(textDataset, tdb).toList();
        return wrappers.isEmpty() ? tdb : wrappers.get(0);
    }
}
