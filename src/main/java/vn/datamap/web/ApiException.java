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

    public static ApiException notAcceptable(String message) {
        return new ApiException(406, message);
    }
}
