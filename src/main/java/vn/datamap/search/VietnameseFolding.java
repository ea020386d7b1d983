package vn.datamap.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text to the form the text index compares: canonical decomposition (so NFC and
 * NFD spellings agree), every combining mark removed (tone marks wherever they were placed, so
 * {@code Hoà}/{@code Hòa}, {@code Thuỷ}/{@code Thủy} agree; also the breve, circumflex and horn of
 * ă, â, ê, ô, ơ, ư), {@code đ}/{@code Đ} to {@code d}, then lower case. Other scripts and Latin
 * letters with marks fold the same way; letters without marks are left alone.
 */
public final class VietnameseFolding {

    private VietnameseFolding() {}

    /** The folded form of {@code text}; the empty string for null. */
    public static String fold(CharSequence text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(isD(c) ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** đ and Đ, and the look-alike Ð (U+00D0) that keyboards sometimes give for Đ. */
    private static boolean isD(char c) {
        return c == '\u0111' || c == '\u0110' || c == '\u00D0';
    }
}
