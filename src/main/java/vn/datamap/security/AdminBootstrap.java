package vn.datamap.security;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import vn.datamap.config.DatamapProperties;

/**
 * Makes sure the administrator {@code admin} exists before the server answers, and never with a
 * built-in password: {@code DATAMAP_ADMIN_PASSWORD} when set (applied at every start), otherwise
 * a random password generated once, at the first start, into {@code initial-admin-password} in
 * the data directory, readable by its owner only. The log names that file, never the password.
 */
@Component
class AdminBootstrap implements InitializingBean {
    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final DatamapProperties properties;

    AdminBootstrap(Accounts accounts, DatamapProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Path file = properties.dataDir().resolve(FILE);
        String configured = properties.adminPassword();
        if (configured != null && !configured.isEmpty()) {
            accounts.setAdminPassword(configured);
            removeStale(file);
            return;
        }
        if (accounts.exists(Accounts.ADMIN)) {
            return;
        }
        String generated = generate();
        // The file first: should the start fail in between, the next start writes a new one.
        writeOwnerOnly(file, generated);
        accounts.setAdminPassword(generated);
        LOG.warn("DATAMAP_ADMIN_PASSWORD is not set: the password generated for user 'admin' is in {} "
                + "(readable by its owner only). Change it, or set DATAMAP_ADMIN_PASSWORD, and delete the file.",
                file.toAbsolutePath());
    }

    private static String generate() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Creates the file with owner-only permissions from the start: it is never readable by others, not even briefly. */
    static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(file, options, attributes)) {
                channel.write(ByteBuffer.wrap((content + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            if (!posix) {
                ownerOnlyElsewhere(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated administrator password to " + file, e);
        }
    }

    /** Where there are no POSIX permissions (Windows), the closest thing: readable and writable by the owner. */
    private static void ownerOnlyElsewhere(Path file) {
        File f = file.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
    }

    /** A generated password no longer applies once DATAMAP_ADMIN_PASSWORD is set: do not leave it lying around. */
    private static void removeStale(Path file) {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("Removed {}: the administrator password now comes from DATAMAP_ADMIN_PASSWORD", file.toAbsolutePath());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}, which no longer holds the administrator password: {}", file, e.getMessage());
        }
    }
}
