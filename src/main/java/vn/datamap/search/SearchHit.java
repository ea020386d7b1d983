package vn.datamap.search;

import java.util.Map;

/**
 * One resource found: its IRI and type, its title in Vietnamese and English (either may be
 * null), a passage of its description, the score it was ranked by and where its page is.
 */
public record SearchHit(String iri, String type, Map<String, String> title, String snippet, double score, String href) {

    /** The title in {@code lang}, else in the other language, else the IRI. */
    public String titleIn(String lang) {
        String other = "en".equals(lang) ? "vi" : "en";
        String chosen = title.get(lang) != null ? title.get(lang) : title.get(other);
        return chosen != null ? chosen : iri;
    }
}
