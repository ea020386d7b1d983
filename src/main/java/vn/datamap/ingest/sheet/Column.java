package vn.datamap.ingest.sheet;

/**
 * One column of the template: a stable machine key, the Vietnamese and English header text, the
 * kind of value it holds and, for coded columns, the code list whose values it accepts.
 */
record Column(String key, String vi, String en, Type type, CodeList list) {

    /** How a column's cells are read and written. */
    enum Type {
        /** Free text. */
        TEXT,
        /** Several text values separated by semicolons or line breaks. */
        LIST,
        /** A date, written as a real date cell in XLSX and as yyyy-mm-dd in CSV. */
        DATE,
        /** Yes or no. */
        FLAG,
        /** One value of a code list, written as its Vietnamese label. */
        CODE,
        /** Several values of a code list. */
        CODES
    }

    /** The code lists of the template (the schemes of the reference data, and two of their own). */
    enum CodeList {
        DATABASE_KIND("database-kind"),
        SECTOR("sector"),
        ACCESS_LEVEL("access-level"),
        MILESTONE_KIND("milestone-kind"),
        MILESTONE_STATUS("milestone-status"),
        LANGUAGE(null),
        AGENCY(null);

        /** The scheme's path segment under {@code concept/}, or null for lists built otherwise. */
        final String scheme;

        CodeList(String scheme) {
            this.scheme = scheme;
        }
    }

    static Column text(String key, String vi, String en) {
        return new Column(key, vi, en, Type.TEXT, null);
    }

    static Column list(String key, String vi, String en) {
        return new Column(key, vi, en, Type.LIST, null);
    }

    static Column date(String key, String vi, String en) {
        return new Column(key, vi, en, Type.DATE, null);
    }

    static Column flag(String key, String vi, String en) {
        return new Column(key, vi, en, Type.FLAG, null);
    }

    static Column code(String key, String vi, String en, CodeList list) {
        return new Column(key, vi, en, Type.CODE, list);
    }

    static Column codes(String key, String vi, String en, CodeList list) {
        return new Column(key, vi, en, Type.CODES, list);
    }

    /** The header the template writes: both languages and the key, which survives retyping the rest. */
    String header() {
        return vi + " / " + en + " [" + key + "]";
    }

    boolean isDate() {
        return type == Type.DATE;
    }
}
