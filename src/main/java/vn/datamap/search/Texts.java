package vn.datamap.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The titles and descriptions of one resource by language, as the labels query returns them:
 * per language, the title of the best rank (dct:title, then skos:prefLabel, then foaf:name) and
 * the first description in text order, so that the same data always shows the same text.
 */
final class Texts {
    private final Map<String, Ranked> titles = new HashMap<>();
    private final Map<String, Ranked> descriptions = new HashMap<>();

    private record Ranked(int rank, String text) {
        boolean beats(Ranked other) {
            return other == null || rank < other.rank || (rank == other.rank && text.compareTo(other.text) < 0);
        }
    }

    void add(String kind, int rank, String lang, String text) {
        Map<String, Ranked> target = "title".equals(kind) ? titles : descriptions;
        String key = primary(lang);
        Ranked candidate = new Ranked(rank, text);
        if (candidate.beats(target.get(key))) {
            target.put(key, candidate);
        }
    }

    /** The title in {@code lang}, else one without a language, else null. */
    String title(String lang) {
        return pick(titles, lang, false);
    }

    /** The description in {@code lang}, else in the other of vi and en, else any, else null. */
    String description(String lang) {
        return pick(descriptions, lang, true);
    }

    private static String pick(Map<String, Ranked> byLang, String lang, boolean anyLanguage) {
        Ranked chosen = byLang.get(lang);
        if (chosen == null) {
            chosen = byLang.get("");
        }
        if (chosen == null && anyLanguage) {
            chosen = byLang.get("en".equals(lang) ? "vi" : "en");
        }
        return chosen == null ? null : chosen.text();
    }

    /** The primary language subtag, lower case: {@code vi-VN} counts as {@code vi}. */
    private static String primary(String lang) {
        String lower = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }
}
