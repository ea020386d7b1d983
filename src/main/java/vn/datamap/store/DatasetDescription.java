package vn.datamap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the one description of the dataset, {@code fuseki-config/datamap.ttl} (a Fuseki
 * assembler file that a standalone Fuseki can also use), and opens the dataset it describes:
 * the TDB2 store wrapped by its text index, with their locations moved under the configured data
 * directory.
 */
public final class DatasetDescription {
    static final String RESOURCE = "datamap/fuseki-config/datamap.ttl";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDescription.class);

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

    /**
     * Opens the dataset of the description with the TDB2 store at {@code storeDir} and the Lucene
     * text index, when the description has one, at {@code textDir}. An index that cannot be
     * opened (damaged files) is derived data: it is deleted and opened empty, to be rebuilt.
     */
    public DatasetGraph open(Path storeDir, Path textDir) {
        Model copy = ModelFactory.createDefaultModel().add(config);
        Property location = copy.createProperty(TDB2, "location");
        List<Resource> datasets = copy.listSubjectsWithProperty(RDF.type, copy.createResource(TDB2 + "DatasetTDB2")).toList();
        if (datasets.size() != 1) {
            throw new StoreException("The dataset description must describe exactly one tdb2:DatasetTDB2, found " + datasets.size());
        }
        Resource tdb = datasets.get(0);
        tdb.removeAll(location);
        tdb.addProperty(location, storeDir.toAbsolutePath().toString());
        boolean indexed = relocateTextIndex(copy, textDir);
        Resource root = rootDataset(copy, tdb);
        try {
            return DatasetFactory.assemble(root).asDatasetGraph();
        } catch (RuntimeException e) {
            if (!indexed || !isDamagedIndex(e)) {
                throw e;
            }
            LOG.warn("The text index at {} cannot be opened ({}); it is deleted and will be rebuilt", textDir, e.getMessage());
            deleteTree(textDir);
            return DatasetFactory.assemble(root).asDatasetGraph();
        }
    }

    /** The dataset a service publishes: a wrapper (e.g. a text index) around the TDB2 one, or itself. */
    private static Resource rootDataset(Model model, Resource tdb) {
        Property textDataset = model.createProperty(TEXT, "dataset");
        List<Resource> wrappers = model.listSubjectsWithProperty(textDataset, tdb).toList();
        return wrappers.isEmpty() ? tdb : wrappers.get(0);
    }

    /** Moves the directory of the Lucene index, if one is described, to {@code textDir}. */
    private static boolean relocateTextIndex(Model model, Path textDir) {
        Property directory = model.createProperty(TEXT, "directory");
        List<Resource> indexes = model.listSubjectsWithProperty(RDF.type, model.createResource(TEXT + "TextIndexLucene")).toList();
        for (Resource index : indexes) {
            index.removeAll(directory);
            index.addProperty(directory, textDir.toAbsolutePath().toString());
        }
        return !indexes.isEmpty();
    }

    /** True when opening failed in Lucene's files, not because another process holds them. */
    private static boolean isDamagedIndex(Throwable e) {
        boolean lucene = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("LockObtainFailedException")) {
                return false;
            }
            lucene |= name.startsWith("org.apache.lucene.") || name.equals("org.apache.jena.query.text.TextIndexException");
        }
        return lucene;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot delete the damaged text index at " + dir + ": " + e.getMessage(), e);
        }
    }
}
