package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Catalogue-level columns of the CSV file, references to legal documents, and date-times. */
class CatalogueFieldsTest {
    private static final String HEADER = "Mã cơ sở dữ liệu,Tên danh mục (tiếng Việt),Căn cứ pháp lý,Mốc 1: loại\n";

    @Test
    void catalogueColumnsMayBeRepeatedOnEveryRowButNotDiffer() {
        String same = HEADER + "csdl-1,Danh mục A,,build\ncsdl-2,Danh mục A,,build\n";
        SheetImport ok = SheetFixtures.read(same.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.graph().contains(SheetFixtures.iri("catalog/mps"), Terms.TITLE, Values.lang("Danh mục A", "vi"))).isTrue();

        String differing = HEADER + "csdl-1,,,build\ncsdl-2,Danh mục A,,build\ncsdl-3,Danh mục B,,build\n";
        SheetImport conflict = SheetFixtures.read(differing.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(conflict.problems()).extracting(SheetProblem::row, SheetProblem::column)
                .containsExactly(tuple(4, "Tên danh mục (tiếng Việt)"));
        assertThat(conflict.problems().get(0).messageVi()).contains("'Danh mục B'", "'Danh mục A'", "dòng 3");
        assertThat(conflict.cellOf(SheetFixtures.iri("catalog/mps"), Terms.TITLE)).contains(new SheetCell("CSV", 3, "Tên danh mục (tiếng Việt)"));
    }

    @Test
    void legalBasisMayNameADocumentTheServerKnowsByItsNumber() {
        String csv = HEADER + "csdl-1,,47/2024/NĐ-CP; 47/2024/ND-CP,\ncsdl-2,,99/QĐ-XYZ,\n";
        SheetImport imported = SheetFixtures.read(csv.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(imported.graph().contains(SheetFixtures.iri("dataset/csdl-1"), Terms.LEGAL_BASIS, SheetFixtures.iri("legal/nd-47-2024")))
                .isTrue();
        assertThat(imported.problems()).extracting(SheetProblem::row, SheetProblem::column).containsExactly(tuple(3, "Căn cứ pháp lý"));
        assertThat(imported.problems().get(0).messageVi()).contains("'99/QĐ-XYZ'");
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void dateTimesStayDateTimesAndDatesStayDates(SheetFormat format) {
        Graph g = GraphFactory.createDefaultGraph();
        SheetFixtures.demos().get("moh").find().forEachRemaining(g::add);
        Node cat = SheetFixtures.iri("catalog/moh");
        Node db = g.find(null, Terms.TYPE, Terms.DATABASE).next().getSubject();
        g.find(cat, Terms.MODIFIED, null).toList().forEach(g::delete);
        g.find(db, Terms.ISSUED, null).toList().forEach(g::delete);
        Node zoned = NodeFactory.createLiteralDT("2024-12-18T10:15:00+07:00", XSDDatatype.XSDdateTime);
        Node local = NodeFactory.createLiteralDT("2024-01-02T08:00:00", XSDDatatype.XSDdateTime);
        g.add(Triple.create(cat, Terms.MODIFIED, zoned));
        g.add(Triple.create(db, Terms.ISSUED, local));
        SheetImport back = SheetFixtures.read(SheetFixtures.write(g, "moh", format), format, "moh");
        assertThat(back.problems()).isEmpty();
        assertThat(back.graph().contains(cat, Terms.MODIFIED, zoned)).isTrue();
        assertThat(back.graph().contains(db, Terms.ISSUED, local)).isTrue();
        assertThat(SheetFixtures.difference(g, back.graph())).isEmpty();
    }
}
