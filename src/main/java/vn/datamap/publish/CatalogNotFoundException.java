package vn.datamap.publish;

/** No catalogue, or no such page of it. */
public class CatalogNotFoundException extends RuntimeException {
    public CatalogNotFoundException(String message) {
        super(message);
    }
}
