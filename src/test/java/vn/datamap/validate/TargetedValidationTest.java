package vn.datamap.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.datamap.store.ShippedData;

/**
 * The project's validation — only the nodes a submission describes, the SPARQL-based rules run
 * once per rule for all of them — finds exactly what the SHACL engine's validation of the whole
 * data graph finds about those nodes: every fixture and every demo catalogue (against the rest of
 * the demo map) gives the same results both ways.
 */
class TargetedValidationTest {
    private static final String BASE = "https://map.example.test/";
    private static CatalogueValidator validator;
    private static Shapes shapes;
    private static Graph reference;

    @BeforeAll
    static void load() throws IOException {
        validator = new CatalogueValidator();
        try (InputStream in = TargetedValidationTest.class.getClassLoader().getResourceAsStream(CatalogueValidator.SHAPES)) {
            shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        }
        reference = new ShippedData(BASE).reference();
    }

    /** A result as a comparable key: severity, focus, path, value, source shape. */
    private static Set<String> full(Graph submitted, Graph context) {
        Set<Node> subjects = new HashSet<>();
        submitted.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        Set<String> keys = new HashSet<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, new Union(submitted, context)).getEntries()) {
            if (subjects.contains(e.focusNode())) {
                keys.add(e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + " "
                        + e.value() + " " + e.source());
            }
        }
        return keys;
    }

    private static Set<String> targeted(Graph submitted, Graph context) {
        Set<String> keys = new HashSet<>();
        for (Finding f : validator.validate(submitted, context).findings()) {
            keys.add(f.severity() + " " + f.focus() + " " + (f.path() == null ? null : "<" + f.path().getURI() + ">") + " "
                    + f.value() + " " + f.shape());
        }
        return keys;
    }

    @Test
    void everyFixtureGivesTheSameResultsBothWays() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:validate/*/*.ttl");
        assertThat(files).hasSizeGreaterThan(20);
        List<String> checked = new ArrayList<>();
        for (Resource file : files) {
            Graph submitted;
            try (InputStream in = file.getInputStream()) {
                submitted = RDFParser.source(in).base(BASE).lang(Lang.TURTLE).toGraph();
            }
            assertThat(targeted(submitted, reference)).as(file.getFilename()).isEqualTo(full(submitted, reference));
            checked.add(file.getFilename());
        }
        assertThat(checked).hasSize(files.length);
    }

    @Test
    void everyDemoCatalogueGivesTheSameResultsBothWays() {
        DemoMap demo = DemoMap.of(BASE);
        demo.catalogues().forEach((agency, graph) -> {
            Graph context = demo.contextOf(agency);
            Set<String> expected = full(graph, context);
            assertThat(targeted(graph, context)).as(agency).isEqualTo(expected);
        });
    }
}
