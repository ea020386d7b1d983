package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import vn.datamap.store.ShippedData;
import vn.datamap.validate.CatalogueValidator;
import vn.datamap.validate.Finding;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;

/**
 * Blank nodes a steward leaves get stable IRIs from identifiers and planned dates, and the
 * submission fixtures say what the HTTP tests rely on: one conforms once named, one does not.
 */
class IriMinterTest {
    private static final String BASE = "http://datamap.test/";
    private final Minted minted = new Minted(BASE);
    private final IriMinter minter = new IriMinter(minted);

    private Graph fixture(String name) throws IOException {
        return RdfBodyParser.parse(Files.readAllBytes(Path.of("src/test/resources/ingest/" + name)), BodyFormat.TURTLE, BASE);
    }

    @Test
    void blankDatabasesRoadmapsMilestonesAndContactGetStableIris() throws IOException {
        Graph minted1 = minter.mint(fixture("moit-catalogue.ttl"), "moit");
        Graph minted2 = minter.mint(fixture("moit-catalogue.ttl"), "moit");
        assertThat(minted1.find().filterKeep(t -> t.getSubject().isBlank()).toList()).isEmpty();
        Node energy = NodeFactory.createURI(BASE + "dataset/cn-0002");
        assertThat(minted1.contains(energy, DM.roadmap, NodeFactory.createURI(BASE + "dataset/cn-0002/roadmap"))).isTrue();
        // Milestones are numbered by planned date: approval (2026-03-31) first, operation second.
        Node first = NodeFactory.createURI(BASE + "dataset/cn-0001/milestone/1");
        assertThat(minted1.contains(first, NodeFactory.createURI(DM.NS + "plannedDate"), Node.ANY)).isTrue();
        assertThat(minted1.find(first, NodeFactory.createURI(DM.NS + "milestoneKind"), Node.ANY).next().getObject().getURI())
                .endsWith("approval");
        assertThat(minted1.contains(minted.catalogue("moit"), Node.ANY, NodeFactory.createURI(BASE + "contact/moit"))).isTrue();
        assertThat(minted1.isIsomorphicWith(minted2)).isTrue();
        assertThat(minted1.size()).isEqualTo(minted2.size());
        minted1.find().forEachRemaining(t -> assertThat(minted2.contains(t)).as("%s", t).isTrue());
    }

    @Test
    void theConformingFixtureConformsOnceNamedAndTheBrokenOneBreaksTwoRules() throws IOException {
        CatalogueValidator validator = new CatalogueValidator();
        Graph context = GraphFactory.createDefaultGraph();
        new ShippedData(BASE).reference().find().forEachRemaining(context::add);
        List<Finding> good = validator.validate(minter.mint(fixture("moit-catalogue.ttl"), "moit"), context).findings();
        assertThat(good.stream().filter(Finding::isViolation)).as("%s", good).isEmpty();
        List<Finding> bad = validator.validate(minter.mint(fixture("moit-broken.ttl"), "moit"), context).findings();
        assertThat(bad.stream().filter(Finding::isViolation).map(f -> f.shape().getURI()))
                .containsExactlyInAnyOrder("https://w3id.org/vndatamap/shapes#Database-title-vi",
                        "https://w3id.org/vndatamap/shapes#Milestone-status");
    }

    @Test
    void syntaxErrorsSayLineAndColumn() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/ingest/moit-syntax-error.ttl"));
        try {
            RdfBodyParser.parse(body, BodyFormat.TURTLE, BASE);
            throw new AssertionError("expected a syntax problem");
        } catch (SyntaxProblem e) {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.getMessage()).startsWith("Turtle syntax error at line 6, column");
        }
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("Cơ sở dữ liệu dân cư", java.text.Normalizer.Form.NFD);
        byte[] body = ("<http://x.test/a> <http://purl.org/dc/terms/title> \"" + nfd + "\"@vi .\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Graph g = RdfBodyParser.parse(body, BodyFormat.NTRIPLES, BASE);
        assertThat(g.find().next().getObject().getLiteralLexicalForm()).isEqualTo("Cơ sở dữ liệu dân cư")
                .isNotEqualTo(nfd);
    }
}
