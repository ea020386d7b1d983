package vn.datamap.queries;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A text in Vietnamese (the default) and English. */
public record Bilingual(String vi, String en) {

    /** The text in the reader's language: English for {@code en}, Vietnamese otherwise, falling back to the other. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String preferred = english ? en : vi;
        return preferred != null && !preferred.isBlank() ? preferred : (english ? vi : en);
    }

    /** As JSON members {@code {"vi": …, "en": …}}. */
    Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("vi", vi);
        map.put("en", en);
        return map;
    }
}
