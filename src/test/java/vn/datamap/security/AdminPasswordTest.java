package vn.datamap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.security.Api.basic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.datamap.DatamapServer;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.TestServer;

/**
 * The administrator never has a built-in password: it is DATAMAP_ADMIN_PASSWORD, or one
 * generated at the first start into a file only its owner can read, and never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminPasswordTest {

    /** A data directory keeps its base URI: restarts on a new port name the same one. */
    private static final String BASE = "http://datamap.test/";

    private static DatamapServer.Builder withoutPassword() {
        // Explicitly empty, so that a DATAMAP_ADMIN_PASSWORD in the environment cannot interfere.
        return withPassword("");
    }

    private static DatamapServer.Builder withPassword(String password) {
        return DatamapServer.create().demo(false).baseUri(BASE).property("datamap.admin-password", password);
    }

    private static int me(TestServer server, String password) {
        return new Api(server).get("/api/me", "Authorization", basic("admin", password)).statusCode();
    }

    @Test
    void aGeneratedPasswordIsWrittenForTheOwnerOnlyAndNeverLogged(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        Path file = dir.resolve("initial-admin-password");
        String generated;
        try (TestServer server = TestServer.start(withoutPassword(), dir, false)) {
            assertThat(file).isRegularFile();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            generated = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(20);

            assertThat(me(server, generated)).isEqualTo(200);
            ProblemBody.assertProblem(new Api(server).get("/api/me", "Authorization", basic("admin", generated + "x")), 401);
        }
        assertThat(output.getAll()).contains("initial-admin-password").doesNotContain(generated);

        // A later start keeps the administrator and its password: nothing is generated again.
        try (TestServer server = TestServer.start(withoutPassword(), dir, false)) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).isEqualTo(generated);
            assertThat(me(server, generated)).isEqualTo(200);
        }
    }

    @Test
    void theConfiguredPasswordIsTheAdministratorsAndNoOtherIs(@TempDir Path dir, CapturedOutput output) {
        String configured = "correct horse battery staple";
        try (TestServer server = TestServer.start(withPassword(configured), dir, false)) {
            assertThat(me(server, configured)).isEqualTo(200);
            assertThat(me(server, "correct horse battery stapler")).isEqualTo(401);
            assertThat(me(server, "admin")).isEqualTo(401);
            assertThat(me(server, "")).isEqualTo(401);
        }
        assertThat(dir.resolve("initial-admin-password")).doesNotExist();
        assertThat(output.getAll()).doesNotContain(configured);
    }

    @Test
    void settingThePasswordLaterReplacesTheGeneratedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("initial-admin-password");
        String generated;
        try (TestServer server = TestServer.start(withoutPassword(), dir, false)) {
            generated = Files.readString(file, StandardCharsets.UTF_8).strip();
        }

        try (TestServer server = TestServer.start(withPassword("chosen-by-the-operator"), dir, false)) {
            assertThat(me(server, "chosen-by-the-operator")).isEqualTo(200);
            assertThat(me(server, generated)).isEqualTo(401);
        }
        assertThat(file).as("a file that no longer holds the password is removed").doesNotExist();
    }
}
