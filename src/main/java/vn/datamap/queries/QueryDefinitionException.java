package vn.datamap.queries;

/** A query file of the library that cannot be used: bad SPARQL or a bad {@code #+} header. Fails the start. */
public class QueryDefinitionException extends RuntimeException {
    public QueryDefinitionException(String file, String message) {
        super(file + ": " + message);
    }

    public QueryDefinitionException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
