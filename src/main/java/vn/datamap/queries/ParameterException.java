package vn.datamap.queries;

/**
 * A request whose parameters a named query cannot take. Carries the key of a {@code queries.error.*}
 * message and its arguments, so the caller reads it in their language.
 */
final class ParameterException extends RuntimeException {
    private final String key;
    private final transient Object[] arguments;

    ParameterException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }
}
