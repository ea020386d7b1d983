package vn.datamap.web;

/**
 * A request the product refuses, with the HTTP status that says why and a message for the
 * caller. Capabilities throw their own exceptions; the error mapper turns them into this.
 */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 503: the server is busy (e.g. every query place is taken); the answer carries {@code Retry-After}. */
    public static ApiException serviceUnavailable(String message) {
        return new ApiException(503, message);
    }

    public static ApiException notAcceptable(String message) {
        return new ApiException(406, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException gone(String message) {
        return new ApiException(410, message);
    }

    public static ApiException preconditionFailed(String message) {
        return new ApiException(412, message);
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(413, message);
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, message);
    }
}
