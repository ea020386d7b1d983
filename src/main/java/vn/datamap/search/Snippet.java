package vn.datamap.search;

import java.text.Normalizer;
import java.util.List;

/**
 * A short passage of a description around the first word that matched, so that a reader sees
 * why a result was found; the start of the text when no word is found in it.
 */
final class Snippet {
    static final int LENGTH = 180;
    private static final int BEFORE = 50;
    private static final String ELLIPSIS = "…";

    private Snippet() {}

    /** The passage of {@code text} around the first of {@code words} (folded); null for no text. */
    static String of(String text, List<String> words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (nfc.length() <= LENGTH) {
            return nfc;
        }
        int at = firstMatch(foldInPlace(nfc), words);
        int start = at <= BEFORE ? 0 : wordStart(nfc, at - BEFORE);
        int end = Math.min(nfc.length(), start + LENGTH);
        if (end < nfc.length()) {
            int space = nfc.lastIndexOf(' ', end);
            end = space > start + LENGTH / 2 ? space : end;
        }
        return (start > 0 ? ELLIPSIS : "") + nfc.substring(start, end).strip() + (end < nfc.length() ? ELLIPSIS : "");
    }

    /** Folds character by character, so that positions in the result are positions in the text. */
    private static String foldInPlace(String nfc) {
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            String one = VietnameseFolding.fold(String.valueOf(nfc.charAt(i)));
            folded.append(one.length() == 1 ? one.charAt(0) : nfc.charAt(i));
        }
        return folded.toString();
    }

    /** The position of the earliest of the words that stands as a whole word in the text, or 0. */
    private static int firstMatch(String folded, List<String> words) {
        int best = -1;
        for (String word : words) {
            for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
                int end = i + word.length();
                if ((i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                    best = best < 0 ? i : Math.min(best, i);
                    break;
                }
            }
        }
        return Math.max(best, 0);
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }
}
