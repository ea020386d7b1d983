package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Bytes that are not a spreadsheet of the announced format are refused; bad content never throws. */
class UnreadableInputTest {
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void csvTextSentAsXlsxIsRefused() {
        byte[] csv = SheetFixtures.write(GraphFactory.createDefaultGraph(), "mps", SheetFormat.CSV);
        assertThatThrownBy(() -> SheetFixtures.read(csv, SheetFormat.XLSX, "mps")).isInstanceOf(SheetUnreadableException.class)
                .hasMessageContaining("not an XLSX workbook");
    }

    @Test
    void workbookSentAsCsvIsRefused() {
        byte[] xlsx = SheetFixtures.write(GraphFactory.createDefaultGraph(), "mps", SheetFormat.XLSX);
        assertThatThrownBy(() -> SheetFixtures.read(xlsx, SheetFormat.CSV, "mps")).isInstanceOf(SheetUnreadableException.class)
                .hasMessageContaining("ZIP archive");
    }

    @Test
    void pdfIsRefusedInBothFormats() {
        assertThatThrownBy(() -> SheetFixtures.read(PDF, SheetFormat.CSV, "mps")).isInstanceOf(SheetUnreadableException.class);
        assertThatThrownBy(() -> SheetFixtures.read(PDF, SheetFormat.XLSX, "mps")).isInstanceOf(SheetUnreadableException.class);
        assertThatThrownBy(() -> SheetFixtures.read(new byte[0], SheetFormat.XLSX, "mps")).isInstanceOf(SheetUnreadableException.class);
    }

    @Test
    void readFailureIsAnIoException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> SheetFixtures.sheets().read(failing, SheetFormat.CSV, "mps")).isInstanceOf(IOException.class);
    }

    @Test
    void textWithoutTemplateHeadersOrWithAnOpenQuoteGivesProblemsNotExceptions() {
        SheetImport noHeader = SheetFixtures.read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(noHeader.problems()).extracting(SheetProblem::row).containsExactly(1);
        assertThat(noHeader.problems().get(0).messageVi()).startsWith("Không tìm thấy dòng tên cột");

        String open = "Mã cơ sở dữ liệu,Tên cơ sở dữ liệu (tiếng Việt)\ncsdl-1,Một\ncsdl-2,\"Hai\n";
        SheetImport unclosed = SheetFixtures.read(open.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, "mps");
        assertThat(unclosed.problems()).extracting(SheetProblem::row).containsExactly(3);
        assertThat(unclosed.graph().contains(SheetFixtures.iri("dataset/csdl-1"), Terms.TYPE, Terms.DATABASE)).isTrue();

        assertThat(SheetFixtures.read(new byte[0], SheetFormat.CSV, "mps").problems()).hasSize(1);
    }
}
