package vn.datamap.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.datamap.support.WriteClient;

/**
 * Bodies too large or too binary to keep as files, named by the {@code generate} key of a case.
 */
final class HostileBodies {
    static final String FORMULA_PREFIX = "=HYPERLINK(";
    private static final int MB = 1024 * 1024;

    private HostileBodies() {}

    static byte[] generate(String name, WriteClient client, String canary, String mpsAuth) {
        return switch (name) {
            case "huge-literal-turtle" -> ascii("<catalog/moit> <http://purl.org/dc/terms/description> \""
                    + "a".repeat(2 * MB) + "\"@vi .\n");
            case "huge-literal-jsonld" -> ascii("{\"@id\": \"catalog/moit\", \"http://purl.org/dc/terms/description\": \""
                    + "a".repeat(2 * MB) + "\"}\n");
            case "huge-iri-turtle" -> ascii("<catalog/moit> <http://example.org/p> <http://example.org/" + "a".repeat(100_000) + "> .\n");
            case "oversize-10m", "oversize-chunked-1m" -> comments(name.equals("oversize-10m") ? 10 * MB : MB);
            case "xlsx-zip-bomb" -> workbook(200 * MB, Sheet.BLANK);
            case "xlsx-huge-sheet" -> workbook(40 * MB, Sheet.RANDOM);
            case "xlsx-wide-sparse" -> workbook(3000, Sheet.WIDE);
            case "csv-formula" -> formulaCsv(client, canary, mpsAuth);
            case "sparql-3m" -> ascii("SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(3 * MB) + "\n");
            case "sparql-form-3m" -> ascii("query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%23" + "x".repeat(3 * MB));
            default -> throw new IllegalArgumentException("no generator " + name);
        };
    }

    /** The formula a generated CSV puts in a database title; it points at the canary. */
    static String formula(String canary) {
        return FORMULA_PREFIX + "\"" + canary + "/formula\",\"Bấm vào đây\")";
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] comments(int size) {
        StringBuilder text = new StringBuilder(size + 100);
        while (text.length() < size) {
            text.append("# HOSTILE filler line to pass the size limit of the server\n");
        }
        return ascii(text.toString());
    }

    /** What the one sheet of a generated workbook holds. */
    private enum Sheet {
        /** {@code size} bytes of blank space: a thousandfold compression, a zip bomb. */
        BLANK,
        /** {@code size} bytes of rows of random text: ordinary compression. */
        RANDOM,
        /** {@code size} rows, each with one cell in the last column (XFD). */
        WIDE
    }

    /** A minimal valid workbook with one sheet. */
    private static byte[] workbook(int size, Sheet kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
            String officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\"" + officeRels
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + officeRels + "\"><sheets>"
                    + "<sheet name=\"Databases\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\""
                    + officeRels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<worksheet xmlns=\"" + main + "\"><sheetData>");
            Random rnd = new Random(42);
            String blank = " ".repeat(64 * 1024);
            long written = 0;
            for (int row = 1; kind == Sheet.WIDE ? row <= size : written < size; row++) {
                String chunk = switch (kind) {
                    case BLANK -> blank;
                    case RANDOM -> "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>HOSTILE "
                            + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36) + "</t></is></c></row>";
                    case WIDE -> "<row r=\"" + row + "\"><c r=\"XFD" + row + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
                };
                sheet.write(chunk);
                written += chunk.length();
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The MPS catalogue as the server exports it, with the first database's Vietnamese title replaced by a formula. */
    private static byte[] formulaCsv(WriteClient client, String canary, String mpsAuth) {
        HttpResponse<byte[]> export = client.get("/api/agencies/mps/catalogue.csv", mpsAuth);
        if (export.statusCode() != 200) {
            throw new IllegalStateException("cannot export the MPS catalogue: " + export.statusCode());
        }
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().get().parse(new InputStreamReader(
                    new java.io.ByteArrayInputStream(export.body()), StandardCharsets.UTF_8)).getRecords();
            int title = records.get(0).toList().indexOf(records.get(0).toList().stream()
                    .filter(h -> h.endsWith("[title_vi]")).findFirst().orElseThrow());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                for (int i = 0; i < records.size(); i++) {
                    List<String> cells = new ArrayList<>(records.get(i).toList());
                    if (i == 1) {
                        cells.set(title, formula(canary));
                    }
                    printer.printRecord(cells);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
