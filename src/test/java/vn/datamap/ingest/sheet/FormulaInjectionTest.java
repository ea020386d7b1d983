package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that looks like a formula is exported so that no spreadsheet program runs it, and reads back unchanged. */
class FormulaInjectionTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/steal\",\"Bấm vào đây\")";
    private static final String PLUS = "+84 24 3823 4567";
    private static final Node DB = SheetFixtures.iri("dataset/csdl-0001");

    /** The MPS demo catalogue with a hostile Vietnamese title and an English title starting with '+'. */
    private static Graph hostile() {
        Graph g = GraphFactory.createDefaultGraph();
        SheetFixtures.demos().get("mps").find().forEachRemaining(g::add);
        g.find(DB, Terms.TITLE, Node.ANY).toList().forEach(g::delete);
        g.add(Triple.create(DB, Terms.TITLE, Values.lang(FORMULA, "vi")));
        g.add(Triple.create(DB, Terms.TITLE, Values.lang(PLUS, "en")));
        return g;
    }

    @Test
    void csvCellStartsWithAQuoteAndReadsBackAsTheOriginalText() throws IOException {
        Graph g = hostile();
        byte[] csv = SheetFixtures.write(g, "mps", SheetFormat.CSV);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))
                .getRecords();
        CSVRecord first = records.stream().filter(r -> r.get(0).equals("csdl-0001")).findFirst().orElseThrow();
        assertThat(first.get(1)).isEqualTo("'" + FORMULA);
        assertThat(first.get(2)).isEqualTo("'" + PLUS);
        assertThat(first.toList()).noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@"));

        SheetImport back = SheetFixtures.read(csv, SheetFormat.CSV, "mps");
        assertThat(back.problems()).isEmpty();
        assertThat(back.graph().contains(DB, Terms.TITLE, Values.lang(FORMULA, "vi"))).isTrue();
        assertThat(back.graph().isIsomorphicWith(g)).isTrue();
    }

    @Test
    void xlsxCellIsAStringCellNotAFormulaAndReadsBackAsTheOriginalText() throws IOException {
        Graph g = hostile();
        byte[] xlsx = SheetFixtures.write(g, "mps", SheetFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = null;
            for (Row r : wb.getSheet(Template.DATABASES.sheetName())) {
                if ("csdl-0001".equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            Cell title = row.getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(FORMULA);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as("%s!%s", sheet.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        SheetImport back = SheetFixtures.read(xlsx, SheetFormat.XLSX, "mps");
        assertThat(back.problems()).isEmpty();
        assertThat(back.graph().isIsomorphicWith(g)).isTrue();
    }

    @Test
    void escapingIsUndoneExactlyOnce() {
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "'=1", "''+x", "'quoted", "plain", "a=b")) {
            assertThat(Text.unescape(Text.escapeForCsv(s))).isEqualTo(s);
            assertThat(Text.unescape(Text.escapeForXlsx(s))).isEqualTo(s);
        }
        assertThat(Text.escapeForCsv("-5")).isEqualTo("'-5");
        assertThat(Text.escapeForCsv("a=b")).isEqualTo("a=b");
    }
}
