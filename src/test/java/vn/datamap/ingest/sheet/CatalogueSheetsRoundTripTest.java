package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every demo catalogue, written as a template and read back, is the same graph, with no problem. */
class CatalogueSheetsRoundTripTest {

    static Stream<Arguments> demoCatalogues() {
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, Graph> demo : SheetFixtures.demos().entrySet()) {
            for (SheetFormat format : SheetFormat.values()) {
                cases.add(Arguments.of(demo.getKey(), format));
            }
        }
        return cases.stream();
    }

    @Test
    void allTwentyTwoDemoCataloguesAreCovered() {
        assertThat(SheetFixtures.demos()).hasSize(22);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("demoCatalogues")
    void demoCatalogueSurvivesWriteThenRead(String agencyId, SheetFormat format) {
        Graph original = SheetFixtures.demos().get(agencyId);
        SheetImport back = SheetFixtures.read(SheetFixtures.write(original, agencyId, format), format, agencyId);
        assertThat(back.problems()).isEmpty();
        assertThat(SheetFixtures.difference(original, back.graph())).isEmpty();
        assertThat(back.graph().isIsomorphicWith(original)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void blankTemplateReadsAsAnEmptyCatalogue(SheetFormat format) {
        SheetImport back = SheetFixtures.read(SheetFixtures.write(GraphFactory.createDefaultGraph(), "mps", format), format, "mps");
        assertThat(back.problems()).isEmpty();
        assertThat(back.graph().find().toList()).extracting(t -> t.getPredicate().getLocalName())
                .containsExactlyInAnyOrder("type", "type", "publisher");
        assertThat(back.graph().contains(SheetFixtures.iri("catalog/mps"), Terms.PUBLISHER, SheetFixtures.iri("agency/mps"))).isTrue();
    }
}
