package vn.datamap.ingest.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CSV files as stewards save them (people-made/input.csv, a semicolon file with a title row,
 * retyped headers, blank rows, Vietnamese-order and serial dates, labels for codes) read to the
 * triples of people-made/expected.ttl, in every encoding Excel and older tools produce.
 */
class CsvInputTest {
    private static final String INPUT = "people-made/input.csv";
    private static final String EXPECTED = "people-made/expected.ttl";

    enum Encoding {
        UTF8, UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM, WINDOWS_1258;

        byte[] encode(String text) {
            return switch (this) {
                case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
                case UTF8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                case UTF16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                case UTF16BE_BOM -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
                case WINDOWS_1258 -> windows1258(text);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void peopleMadeCsvReadsToTheExpectedTriplesInEveryEncoding(Encoding encoding) {
        assertReadsAsExpected(encoding.encode(SheetFixtures.text(INPUT)));
    }

    @Test
    void windows1258FixtureReallyUsesTheVietnameseCodePage() {
        byte[] bytes = Encoding.WINDOWS_1258.encode(SheetFixtures.text(INPUT));
        assertThat(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes),
                CharBuffer.allocate(bytes.length * 2), true).isError()).isTrue();
    }

    @Test
    void tabSeparatedFileReadsTheSame() {
        StringWriter tab = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(tab, CSVFormat.TDF)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(SheetFixtures.text(INPUT)))) {
                printer.printRecord(r.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tab.toString()).contains("\tcsdl-9001\t");
        assertReadsAsExpected(tab.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decomposedVietnameseBecomesNfcInTheGraph() {
        String nfd = Normalizer.normalize(SheetFixtures.text(INPUT), Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(SheetFixtures.text(INPUT));
        SheetImport imported = assertReadsAsExpected(nfd.getBytes(StandardCharsets.UTF_8));
        Node title = imported.graph().find(SheetFixtures.iri("dataset/csdl-9001"), Terms.TITLE, Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLanguage().equals("vi")).next().getObject();
        assertThat(title.getLiteralLexicalForm()).isEqualTo("Cơ sở dữ liệu thử nghiệm")
                .isEqualTo(Normalizer.normalize(title.getLiteralLexicalForm(), Normalizer.Form.NFC));
        imported.graph().find().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                String s = t.getObject().getLiteralLexicalForm();
                assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(s).isTrue();
            }
        });
    }

    private static SheetImport assertReadsAsExpected(byte[] bytes) {
        SheetImport imported = SheetFixtures.read(bytes, SheetFormat.CSV, "mps");
        Graph expected = SheetFixtures.turtle(EXPECTED);
        assertThat(imported.problems()).isEmpty();
        assertThat(SheetFixtures.difference(expected, imported.graph())).isEmpty();
        assertThat(imported.graph().isIsomorphicWith(expected)).isTrue();
        return imported;
    }

    /**
     * Encodes as Windows-1258 does: letters with a circumflex, breve or horn are precomposed,
     * tone marks follow as combining characters.
     */
    static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder shape = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                (mark == '\u0302' || mark == '\u0306' || mark == '\u031B' ? shape : tones).append(mark);
            }
            out.append(Normalizer.normalize(shape, Normalizer.Form.NFC)).append(tones);
        }
        try {
            ByteBuffer b = Charset.forName("windows-1258").newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(out));
            return Arrays.copyOf(b.array(), b.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
