package vn.datamap.ingest.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as it arrives from spreadsheets: Unicode NFC, trimmed, compared without case, diacritics
 * or punctuation, and kept safe from formula injection.
 */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\n]");
    /** What a spreadsheet program may take for the start of a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\\t\\r]");

    private Text() {}

    /** NFC, line ends as {@code \n}, no leading or trailing white space (including no-break spaces). */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\u00A0', ' ');
        return nfc.strip();
    }

    /** The form used to compare what people type: no case, no diacritics, no punctuation, single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NOT_ALNUM.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The parts of a cell that holds several values, separated by semicolons or line breaks. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(cell)) {
            String value = clean(part);
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        return parts;
    }

    static String join(List<String> values) {
        return String.join("; ", values);
    }

    /**
     * The text to write into a CSV cell: one quote is put in front of anything a spreadsheet
     * program could run as a formula, as OWASP recommends; {@link #unescape} takes it off again.
     */
    static String escapeForCsv(String text) {
        return FORMULA_START.matcher(text).find() ? "'" + text : text;
    }

    /**
     * The text to write into an XLSX string cell. String cells are never formulas, so only text
     * that already starts with quotes before a formula character needs the extra quote, so that
     * {@link #unescape} gives it back unchanged.
     */
    static String escapeForXlsx(String text) {
        return text.startsWith("'") && FORMULA_START.matcher(text).find() ? "'" + text : text;
    }

    /** Removes the one quote that {@link #escapeForCsv} or {@link #escapeForXlsx} added. */
    static String unescape(String text) {
        return text.startsWith("'") && FORMULA_START.matcher(text).find() ? text.substring(1) : text;
    }

    /** True when a spreadsheet program would read the text as a formula if it were typed. */
    static boolean looksLikeFormula(String text) {
        return FORMULA_START.matcher(text).find() && !text.startsWith("'");
    }
}
