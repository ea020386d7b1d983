package vn.datamap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The base URI of minted IRIs is fixed at the first start of a data directory: stored IRIs
 * depend on it. Starting later with another base is refused with a message naming both.
 */
public final class BaseUriRecord {
    static final String FILE = "base-uri";

    private BaseUriRecord() {}

    /** The base URI recorded in a data directory, or null when none is recorded yet. */
    public static String recorded(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Records {@code base} in a data directory that has none yet; refuses another one than the recorded base. */
    public static void check(Path dataDir, String base) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String recorded = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!recorded.equals(base)) {
                    throw new StoreException("The data directory " + dataDir.toAbsolutePath() + " was created with base URI "
                            + recorded + " but the server was started with DATAMAP_BASE_URI=" + base
                            + ". Start with DATAMAP_BASE_URI=" + recorded + ", or use another DATAMAP_DATA_DIR.");
                }
            } else {
                Files.createDirectories(dataDir);
                Files.writeString(file, base + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read or record the base URI in " + file + ": " + e.getMessage(), e);
        }
    }
}
