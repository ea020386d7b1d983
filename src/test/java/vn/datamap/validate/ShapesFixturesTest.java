package vn.datamap.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.datamap.store.ShippedData;

/**
 * The shapes do what their fixtures say: every file under {@code validate/conforming} passes
 * with no violation, every file under {@code validate/violations} breaks exactly the rule its
 * {@code # expect:} header names, every rule has such a file, and every demo catalogue passes.
 */
class ShapesFixturesTest {
    private static final String BASE = "https://map.example.test/";
    private static final Pattern EXPECT = Pattern.compile(
            "# expect: severity=(\\S+) path=(\\S+) focus=(\\S+) shape=(\\S+)");
    private static final Node SH_SEVERITY = NodeFactory.createURI("http://www.w3.org/ns/shacl#severity");

    private static CatalogueValidator validator;
    private static Graph reference;

    @BeforeAll
    static void load() {
        validator = new CatalogueValidator();
        reference = new ShippedData(BASE).reference();
    }

    static Stream<String> conforming() throws IOException {
        return fixtures("conforming");
    }

    static Stream<String> violations() throws IOException {
        return fixtures("violations");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conforming")
    void conformingFixturePasses(String file) throws IOException {
        ValidationOutcome outcome = validator.validate(parse(file), reference);
        assertThat(outcome.findings().stream().filter(Finding::isViolation))
                .as("violations of %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void violationFixtureBreaksExactlyItsRule(String file) throws IOException {
        Matcher expect = EXPECT.matcher(text(file));
        assertThat(expect.find()).as("%s starts with an '# expect:' header", file).isTrue();
        ValidationOutcome outcome = validator.validate(parse(file), reference);
        Node shape = NodeFactory.createURI(expect.group(4));
        String focus = expect.group(3);
        List<Finding> ofRule = outcome.findings().stream().filter(f -> shape.equals(f.shape()))
                .filter(f -> focus.equals("[]") ? f.focus().isBlank() : f.focus().equals(NodeFactory.createURI(BASE + focus)))
                .toList();
        assertThat(ofRule).as("results of %s about %s in %s; all: %s", shape, focus, file, outcome.findings()).hasSize(1);
        Finding finding = ofRule.get(0);
        assertThat(finding.severity()).isEqualTo(expect.group(1));
        String path = expect.group(2);
        assertThat(finding.path()).isEqualTo(path.equals("-") ? null : NodeFactory.createURI(path));
        assertThat(finding.messageVi()).as("Vietnamese message").isNotBlank();
        assertThat(finding.messageEn()).as("English message").isNotBlank();
        if (finding.isViolation()) {
            assertThat(outcome.violations()).as("only the rule under test is violated in %s: %s", file,
                    outcome.findings()).isEqualTo(1);
        } else {
            assertThat(outcome.violations()).as("no violation in %s: %s", file, outcome.findings()).isZero();
        }
    }

    @Test
    void everyRuleHasAFixtureThatBreaksIt() throws IOException {
        Set<String> covered = new HashSet<>();
        for (String file : violations().toList()) {
            Matcher expect = EXPECT.matcher(text(file));
            if (expect.find()) {
                covered.add(expect.group(4));
            }
        }
        Graph shapes = RDFParser.source("shapes/datamap-shapes.ttl").lang(Lang.TURTLE).toGraph();
        Set<String> rules = new HashSet<>();
        shapes.find(Node.ANY, SH_SEVERITY, Node.ANY).forEachRemaining(t -> rules.add(t.getSubject().getURI()));
        assertThat(rules).as("rules of the shapes").hasSizeGreaterThan(40);
        assertThat(covered).containsAll(rules);
    }

    /** Each demo catalogue, checked as if submitted to a map holding the reference data and the others. */
    @Test
    void everyDemoCataloguePassesWithoutViolation() {
        DemoMap demo = DemoMap.of(BASE);
        assertThat(demo.catalogues()).hasSizeGreaterThanOrEqualTo(12);
        Map<String, List<Finding>> violations = new HashMap<>();
        demo.catalogues().forEach((agency, graph) -> {
            List<Finding> found = validator.validate(graph, demo.contextOf(agency)).findings().stream()
                    .filter(Finding::isViolation).toList();
            if (!found.isEmpty()) {
                violations.put(agency, found);
            }
        });
        assertThat(violations).isEmpty();
    }

    private static Graph parse(String file) throws IOException {
        try (InputStream in = resource(file).getInputStream()) {
            return RDFParser.source(in).base(BASE).lang(Lang.TURTLE).toGraph();
        }
    }

    private static String text(String file) throws IOException {
        try (InputStream in = resource(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Resource resource(String file) {
        return new PathMatchingResourcePatternResolver().getResource("classpath:validate/" + file);
    }

    private static Stream<String> fixtures(String folder) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:validate/" + folder + "/*.ttl");
        List<String> names = new ArrayList<>(Arrays.stream(found).map(r -> folder + "/" + r.getFilename()).toList());
        names.sort(Comparator.naturalOrder());
        assertThat(names).as("fixtures in validate/%s", folder).isNotEmpty();
        return names.stream();
    }
}
