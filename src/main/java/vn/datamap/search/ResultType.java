package vn.datamap.search;

import java.util.Locale;

/** What a search result is: a database, an agency (ministry, government body) or a province or city. */
public enum ResultType {
    DATABASE, AGENCY, PROVINCE;

    /** The name used in requests and answers: {@code database}, {@code agency}, {@code province}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code code}, or null when there is none. */
    public static ResultType of(String code) {
        for (ResultType type : values()) {
            if (type.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return type;
            }
        }
        return null;
    }
}
