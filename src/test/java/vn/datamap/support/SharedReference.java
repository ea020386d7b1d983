package vn.datamap.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The facts and official shapes in {@code ../shared/reference}. A test that needs them is
 * skipped with a clear message on a machine without that folder, and fails under {@code CI=true},
 * where the folder always exists.
 */
public final class SharedReference {
    private SharedReference() {}

    /** The folder, or the test is skipped (failed under CI). */
    public static Path root() {
        Path root = Path.of("..", "shared", "reference").toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            String message = "../shared/reference is not present (" + root + "): this test needs the official reference files";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " and CI=true");
            }
            Assumptions.abort(message + "; skipped");
        }
        return root;
    }

    public static Path resolve(String relative) {
        Path file = root().resolve(relative);
        Assertions.assertTrue(Files.exists(file), "missing reference file " + file);
        return file;
    }
}
