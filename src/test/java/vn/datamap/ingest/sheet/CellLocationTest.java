package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A validation result about a subject and a property can be shown at the right sheet, row and column. */
class CellLocationTest {
    private static final String DATABASES = "Cơ sở dữ liệu - Databases";
    private static final String MILESTONES = "Mốc lộ trình - Milestones";

    private static SheetImport monre(SheetFormat format) {
        return SheetFixtures.read(SheetFixtures.write(SheetFixtures.demos().get("monre"), "monre", format), format, "monre");
    }

    @Test
    void databaseTitleAndMilestonePlannedDateInTheWorkbook() {
        SheetImport imported = monre(SheetFormat.XLSX);
        // Databases are written by identifier: csdl-0088 on row 2, csdl-0089 on row 3.
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0089"), Terms.TITLE))
                .contains(new SheetCell(DATABASES, 3, "Tên cơ sở dữ liệu (tiếng Việt)"));
        // Milestones: csdl-0088 has three (rows 2-4), so milestone 2 of csdl-0089 is on row 6.
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0089/milestone/2"), Terms.PLANNED_DATE))
                .contains(new SheetCell(MILESTONES, 6, "Thời hạn dự kiến"));
    }

    @Test
    void missingValuesPointAtTheirEmptyCell() {
        SheetImport imported = monre(SheetFormat.XLSX);
        assertThat(imported.graph().contains(SheetFixtures.iri("dataset/csdl-0088"), Terms.DEPENDS_ON, null)).isFalse();
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0088"), Terms.DEPENDS_ON))
                .contains(new SheetCell(DATABASES, 2, "Phụ thuộc cơ sở dữ liệu"));
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0088/milestone/2"), Terms.ACHIEVED_DATE))
                .contains(new SheetCell(MILESTONES, 3, "Ngày hoàn thành"));
        // A property without a column of its own falls back to the cell that names the subject.
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0088"), Terms.SERVICE))
                .contains(new SheetCell(DATABASES, 2, "Mã cơ sở dữ liệu"));
        assertThat(imported.cellOf(SheetFixtures.iri("catalog/monre"), Terms.ISSUED))
                .contains(new SheetCell("Danh mục - Catalogue", 2, "Ngày ban hành danh mục"));
    }

    @Test
    void databaseTitleAndMilestonePlannedDateInTheCsvFile() {
        SheetImport imported = monre(SheetFormat.CSV);
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0089"), Terms.TITLE))
                .contains(new SheetCell("CSV", 3, "Tên cơ sở dữ liệu (tiếng Việt)"));
        assertThat(imported.cellOf(SheetFixtures.iri("dataset/csdl-0089/milestone/2"), Terms.PLANNED_DATE))
                .contains(new SheetCell("CSV", 3, "Mốc 2: thời hạn dự kiến"));
        assertThat(imported.cellOf(SheetFixtures.iri("legal/kh-528-2023-btnmt"), Terms.TITLE))
                .contains(new SheetCell("CSV", 2, "Văn bản 1: trích yếu (tiếng Việt)"));
    }
}
