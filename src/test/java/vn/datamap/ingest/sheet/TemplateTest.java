package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import vn.datamap.ingest.sheet.Column.CodeList;
import vn.datamap.store.ShippedData;

/** The template's headers are found however people retype them, and coded values by code or label. */
class TemplateTest {

    @Test
    void sheetNamesFitExcel() {
        List<Template.Table> all = new ArrayList<>(Template.TABLES);
        all.add(Template.ALLOWED_VALUES);
        assertThat(all).allSatisfy(t -> assertThat(t.sheetName()).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\\\/?*\\[\\]:]"));
    }

    @Test
    void everyHeaderIsRecognisedByKeyVietnameseEnglishOrRetypedWithoutDiacritics() {
        for (Template.Table table : Template.TABLES) {
            Headers headers = Headers.of(table);
            for (Column c : table.columns()) {
                for (String typed : List.of(c.header(), c.vi(), c.en(), c.key(), Text.fold(c.vi()).toUpperCase(), "  " + c.en().toLowerCase() + " ")) {
                    assertThat(headers.match(typed)).as("%s in %s", typed, table.en()).get()
                            .extracting(Headers.Match::field).isEqualTo(c.key());
                }
                assertThat(headers.match(c.header()).orElseThrow().label()).isEqualTo(c.vi());
            }
        }
    }

    @Test
    void csvHeadersIncludingNumberedGroupsAreRecognised() {
        Headers headers = new Headers(Template.CSV_SINGLE_COLUMNS, List.of(Template.MILESTONE_GROUP, Template.DOCUMENT_GROUP));
        for (Column c : Template.csvColumns(12, 4)) {
            assertThat(headers.match(c.header())).as(c.header()).isPresent();
        }
        assertThat(headers.match("Moc 12: thoi han du kien")).contains(new Headers.Match("milestone_planned", 12, "Moc 12: thoi han du kien"));
        assertThat(headers.match("milestone7_kind").orElseThrow().item()).isEqualTo(7);
        assertThat(headers.match("Văn bản 3: số, ký hiệu / Document 3: number [document3_number]"))
                .contains(new Headers.Match("document_number", 3, "Văn bản 3: số, ký hiệu"));
    }

    @Test
    void codedValuesAreFoundByCodeOrLabelIgnoringCaseAndDiacritics() {
        CodeLists codes = new CodeLists(SheetFixtures.BASE, referenceGraph());
        Node ministryShared = SheetFixtures.iri("concept/database-kind/ministry-shared");
        for (String typed : List.of("ministry-shared", "Cơ sở dữ liệu dùng chung của bộ", "CO SO DU LIEU DUNG CHUNG CUA BO",
                "shared database of a ministry", "Loại 2a", "  Cơ sở dữ liệu dùng chung của bộ. ")) {
            assertThat(codes.find(CodeList.DATABASE_KIND, typed).found()).as(typed).extracting(CodeLists.Entry::node)
                    .isEqualTo(ministryShared);
        }
        assertThat(codes.find(CodeList.MILESTONE_STATUS, "dang trien khai").found().code()).isEqualTo("in-progress");
        assertThat(codes.find(CodeList.ACCESS_LEVEL, "Dữ liệu dùng chung").found().code()).isEqualTo("shared");
        assertThat(codes.find(CodeList.AGENCY, "Bộ Công an").found().code()).isEqualTo("mps");
        assertThat(codes.find(CodeList.SECTOR, "xyz").found()).isNull();
        assertThat(codes.entries(CodeList.SECTOR)).hasSize(22);
        assertThat(codes.entries(CodeList.DATABASE_KIND)).extracting(CodeLists.Entry::code)
                .containsExactly("national", "shared", "ministry-shared", "sector-shared", "local-shared", "internal");
    }

    @Test
    void datesInTheFormsPeopleType() {
        assertThat(date("2023-04-25")).isEqualTo("2023-04-25^date");
        assertThat(date("25/04/2023")).isEqualTo("2023-04-25^date");
        assertThat(date("5/4/2023")).isEqualTo("2023-04-05^date");
        assertThat(date("25-04-2023")).isEqualTo("2023-04-25^date");
        assertThat(date("25.04.2023")).isEqualTo("2023-04-25^date");
        assertThat(date("2023/4/25")).isEqualTo("2023-04-25^date");
        assertThat(date("45041")).isEqualTo("2023-04-25^date");
        assertThat(date("45041.5")).isEqualTo("2023-04-25T12:00:00^dateTime");
        assertThat(date("2023-04-25T10:30:00+07:00")).isEqualTo("2023-04-25T10:30:00+07:00^dateTime");
        assertThat(date("2023-04-25 10:30")).isEqualTo("2023-04-25T10:30:00^dateTime");
        for (String bad : List.of("31/02/2024", "2023", "hôm qua", "13/13/2023", "2023-02-30", "04/25/2023")) {
            assertThat(Values.parseDate(bad)).as(bad).isNull();
        }
    }

    private static String date(String text) {
        Node n = Values.parseDate(text);
        return n.getLiteralLexicalForm() + "^" + n.getLiteralDatatypeURI().replaceAll(".*#", "");
    }

    private static Graph referenceGraph() {
        return new ShippedData(SheetFixtures.BASE).reference();
    }
}
