package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/** A workbook as a steward may make it reads to the triples of people-made-xlsx.ttl. */
class XlsxInputTest {

    static byte[] peopleMadeWorkbook() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("co so du lieu", List.of(
                row("Danh mục CSDL – Bộ Công an"),
                row(),
                row("STT", "Ma co so du lieu", "Tên cơ sở dữ liệu (tiếng Việt)", "Title (English)", "Loại cơ sở dữ liệu", "Sector",
                        "MUC DO TIEP CAN", "Ngày cập nhật", "Date issued"),
                row(1, "csdl-9101", "Cơ sở dữ liệu A", "Database A", "Loại 3", "Health", "dữ liệu mở", LocalDate.of(2024, 3, 5), "45041"),
                row(),
                row(2, "csdl-9102", "Cơ sở dữ liệu B", null, "ministry-shared", "Y tế", "internal", 45356, "25/04/2023")));
        sheets.put("Milestones", List.of(
                row("[milestone_database]", "Số thứ tự mốc", "Loai moc", "Tinh trang", "Thoi han du kien", "Ngày hoàn thành"),
                row("csdl-9101", 1, "Xây dựng cơ sở dữ liệu", "hoan thanh", LocalDate.of(2023, 12, 31), "45300"),
                row("csdl-9101", "", "Đưa vào khai thác, vận hành", "Planned", "30/06/2025", ""),
                row("csdl-9102", null, "upgrade", "Delayed", "2024-12-31")));
        sheets.put("Catalogue", List.of(
                row("Catalogue title (Vietnamese)", "Số, ký hiệu quyết định ban hành", "Ngày ký quyết định", "Người ký quyết định",
                        "Thư điện tử đầu mối liên hệ", "Tên đầu mối liên hệ"),
                row("Danh mục thử nghiệm", "12/QĐ-BCA", LocalDate.of(2024, 1, 15), "Nguyễn Văn A", "dulieu@example.org", "Văn phòng Bộ")));
        return Workbooks.of(sheets);
    }

    @Test
    void peopleMadeWorkbookReadsToTheExpectedTriples() {
        SheetImport imported = SheetFixtures.read(peopleMadeWorkbook(), SheetFormat.XLSX, "mps");
        Graph expected = SheetFixtures.turtle("people-made-xlsx.ttl");
        assertThat(imported.problems()).isEmpty();
        assertThat(SheetFixtures.difference(expected, imported.graph())).isEmpty();
        assertThat(imported.graph().isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void locationsFollowTheStewardsOwnSheetNamesAndHeaders() {
        SheetImport imported = SheetFixtures.read(peopleMadeWorkbook(), SheetFormat.XLSX, "mps");
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-9102"), Terms.TITLE))
                .contains(new SheetCell("co so du lieu", 6, "Tên cơ sở dữ liệu (tiếng Việt)"));
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-9101/milestone/2"), Terms.PLANNED_DATE))
                .contains(new SheetCell("Milestones", 3, "Thoi han du kien"));
        // The description column is absent: a missing description is placed at the template's header.
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-9102"), Terms.DESCRIPTION))
                .contains(new SheetCell("co so du lieu", 6, "Mô tả (tiếng Việt)"));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
