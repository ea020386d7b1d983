package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem names the sheet, the row and the column header the steward sees, in plain words. */
class ProblemLocationTest {
    private static final String DATABASES = "Cơ sở dữ liệu - Databases";
    private static final String MILESTONES = "Mốc lộ trình - Milestones";

    @Test
    void workbookProblemsAreLocatedBySheetRowAndColumn() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(DATABASES, List.of(
                headers(Template.DATABASES, "identifier", "title_vi", "kind", "modified"),
                row("csdl-1", "Cơ sở dữ liệu một", "Loại không tồn tại", "2024-01-31"),
                row("csdl-2", "Cơ sở dữ liệu hai", "ministry-shared", "31/02/2024"),
                row("csdl-1", "Bản sao của cơ sở dữ liệu một", "ministry-shared", "")));
        sheets.put(MILESTONES, List.of(
                headers(Template.MILESTONES, "milestone_database", "milestone_number", "milestone_kind", "milestone_planned"),
                row("csdl-2", "1", "build", "2025-01-31"),
                row("csdl-9", "1", "build", "2025-01-31")));
        SheetImport imported = SheetFixtures.read(Workbooks.of(sheets), SheetFormat.XLSX, "mps");

        assertThat(imported.problems()).extracting(SheetProblem::sheet, SheetProblem::row, SheetProblem::column).containsExactly(
                tuple(DATABASES, 2, "Loại cơ sở dữ liệu"),
                tuple(DATABASES, 3, "Ngày cập nhật"),
                tuple(DATABASES, 4, "Mã cơ sở dữ liệu"),
                tuple(MILESTONES, 3, "Mã cơ sở dữ liệu"));
        assertThat(imported.problems().get(0).messageVi())
                .isEqualTo("Giá trị 'Loại không tồn tại' không có trong danh sách Loại cơ sở dữ liệu; xem trang Giá trị hợp lệ.");
        assertThat(imported.problems().get(0).messageEn()).contains("'Loại không tồn tại'", "Database kinds");
        assertThat(imported.problems().get(1).messageVi()).startsWith("Không đọc được ngày '31/02/2024'");
        assertThat(imported.problems().get(2).messageVi()).contains("'csdl-1'", "dòng 2");
        assertThat(imported.problems().get(3).messageVi()).contains("'csdl-9'");
        assertThat(imported.problems()).allSatisfy(p -> {
            assertThat(p.messageVi()).doesNotContain("http");
            assertThat(p.messageEn()).doesNotContain("http");
        });
        // What could be read still is: the first csdl-1, csdl-2 without its date, csdl-2's milestone.
        assertThat(imported.graph().contains(SheetFixtures.iri("dataset/csdl-2/milestone/1"), Terms.TYPE, Terms.MILESTONE_CLASS)).isTrue();
        assertThat(imported.graph().find(SheetFixtures.iri("dataset/csdl-1"), Terms.TITLE, null).toList()).hasSize(1);
    }

    @Test
    void csvProblemsAreLocatedByRowAndColumnHeader() {
        String csv = String.join("\r\n",
                "Mã cơ sở dữ liệu,Tên cơ sở dữ liệu (tiếng Việt),Ngành / lĩnh vực,Ngày đưa vào danh mục,Mốc 1: tình trạng,Mốc 1: thời hạn dự kiến",
                "csdl-1,Một,Xây dựng,2023-01-01,Hoàn thành,2023-02-30",
                "csdl-2,Hai,không có ngành này,hôm qua,,",
                "csdl-1,Ba,Y tế,,,",
                ",Bốn,Y tế,,,",
                "");
        SheetImport imported = SheetFixtures.read(csv.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(imported.problems()).extracting(SheetProblem::sheet, SheetProblem::row, SheetProblem::column).containsExactly(
                tuple("CSV", 2, "Mốc 1: thời hạn dự kiến"),
                tuple("CSV", 3, "Ngành / lĩnh vực"),
                tuple("CSV", 3, "Ngày đưa vào danh mục"),
                tuple("CSV", 4, "Mã cơ sở dữ liệu"),
                tuple("CSV", 5, "Mã cơ sở dữ liệu"));
        assertThat(imported.problems().get(1).messageVi()).contains("'không có ngành này'", "Ngành, lĩnh vực");
        assertThat(imported.problems().get(4).messageVi()).startsWith("Thiếu mã cơ sở dữ liệu");
    }

    @Test
    void unknownColumnsWithDataAndWrongAgencyAreReported() {
        String csv = "Mã cơ sở dữ liệu;Tên CSDL của tôi;Mã cơ quan chủ quản;Ghi chú\ncsdl-1;Một;moh;nháp\n";
        SheetImport imported = SheetFixtures.read(csv.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(imported.problems()).extracting(SheetProblem::row, SheetProblem::column)
                .containsExactly(tuple(1, "Tên CSDL của tôi"), tuple(2, "Mã cơ quan chủ quản"));
        assertThat(imported.problems().get(1).messageVi()).contains("'moh'", "'mps'");
    }

    private static List<Object> headers(Template.Table table, String... keys) {
        return Arrays.stream(keys).map(k -> (Object) table.column(k).header()).toList();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
