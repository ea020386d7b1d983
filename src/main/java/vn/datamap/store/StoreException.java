package vn.datamap.store;

/** The store cannot be opened or cannot do what was asked; carries the reason for an operator. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
