package vn.datamap.ingest.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text the way Excel and other programs save it: a byte-order
 * mark says UTF-8 or UTF-16 (little or big endian); without one, bytes that are valid UTF-8 are
 * UTF-8 and anything else is Windows-1258, the Vietnamese code page of older Excel versions.
 * UTF-16 without a mark is recognised by its zero bytes. Other binary content is refused.
 */
final class CsvDecoding {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private CsvDecoding() {}

    static String decode(byte[] bytes) {
        refuseKnownBinaries(bytes);
        String text;
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (starts(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (starts(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (zeros(bytes, 1) > bytes.length / 4) {
            text = new String(bytes, StandardCharsets.UTF_16LE);
        } else if (zeros(bytes, 0) > bytes.length / 4) {
            text = new String(bytes, StandardCharsets.UTF_16BE);
        } else {
            text = strictUtf8(bytes);
            if (text == null) {
                text = new String(bytes, WINDOWS_1258);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new SheetUnreadableException("The body is binary data, not a CSV text file.");
        }
        return text;
    }

    private static void refuseKnownBinaries(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            throw new SheetUnreadableException("The body is a ZIP archive (perhaps an XLSX workbook), not a CSV file.");
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SheetUnreadableException("The body is an Excel 97-2003 (.xls) or other OLE2 file, not a CSV file.");
        }
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            throw new SheetUnreadableException("The body is a PDF document, not a CSV file.");
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** How many zero bytes sit at even ({@code parity} 0) or odd (1) positions. */
    private static int zeros(byte[] bytes, int parity) {
        int count = 0;
        for (int i = parity; i < bytes.length; i += 2) {
            if (bytes[i] == 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
