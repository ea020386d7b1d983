package vn.datamap.queries;

/**
 * How the text of a request parameter becomes an RDF term. The token is what a query file
 * writes after {@code type=}.
 */
public enum ParameterType {
    /** An absolute IRI, bound as itself. */
    IRI("iri", "text"),
    /** An agency id of the reference data ({@code mps}, {@code vn34-ha-noi}), bound as {@code {base}agency/{id}}. */
    AGENCY_ID("agency-id", "text"),
    /** A database identifier ({@code ndb-population}, {@code csdl-0042}), bound as {@code {base}dataset/{id}}. */
    DATABASE_ID("database-id", "text"),
    /** A code of the concept scheme named by {@code scheme=}, bound as {@code {base}concept/{scheme}/{code}}. */
    CONCEPT("concept", "select"),
    /** A day {@code yyyy-mm-dd}, bound as {@code xsd:date}; the default {@code today} is the date in Viet Nam. */
    DATE("date", "date"),
    /** A whole number, bound as {@code xsd:integer}, within {@code min=} and {@code max=} when given. */
    INTEGER("integer", "number"),
    /** Free text, bound as a string literal (with the language tag of {@code lang=} when given). */
    STRING("string", "text"),
    /** One of the words listed in {@code values=a|b|c}, bound as a string literal. */
    CHOICE("choice", "select");

    private final String token;
    private final String input;

    ParameterType(String token, String input) {
        this.token = token;
        this.input = input;
    }

    /** The name used in query files and in the JSON listing. */
    public String token() {
        return token;
    }

    /** The kind of HTML form control that fits: {@code text}, {@code date}, {@code number} or {@code select}. */
    public String input() {
        return input;
    }

    static ParameterType ofToken(String token) {
        for (ParameterType type : values()) {
            if (type.token.equals(token)) {
                return type;
            }
        }
        return null;
    }
}
