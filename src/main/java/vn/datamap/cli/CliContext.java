package vn.datamap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.datamap.DatamapApplication;
import vn.datamap.store.BaseUriRecord;

/**
 * The application without its web server, for one command: beans are created only when a
 * command asks for them. Validation needs no data directory of its own: it works on a
 * throw-away one filled with the reference data (and demo set, as the server would be).
 */
final class CliContext {
    private CliContext() {}

    /** On the operator's data directory; refused while a server holds it. */
    static ConfigurableApplicationContext forDataDirectory(Map<String, String> options) {
        Path dataDir = dataDir(options);
        if (!Files.isDirectory(dataDir.resolve("store"))) {
            throw new Cli.CliFailure(Cli.STORE, "no store in " + dataDir.toAbsolutePath()
                    + " (set DATAMAP_DATA_DIR or --data-dir; start the server once to create it)");
        }
        return start(dataDir, BaseUriRecord.recorded(dataDir), false);
    }

    /**
     * On a temporary data directory, deleted when the context closes. The base URI is
     * {@code --base-uri}, else DATAMAP_BASE_URI, else the one the file was written under, else the default.
     */
    static ConfigurableApplicationContext forValidation(Map<String, String> options, String fileBase) {
        String base = options.getOrDefault("base-uri", System.getenv().getOrDefault("DATAMAP_BASE_URI", fileBase));
        try {
            Path temp = Files.createTempDirectory("datamap-validate");
            ConfigurableApplicationContext context = start(temp, base, true);
            context.addApplicationListener(e -> {
                if (e instanceof org.springframework.context.event.ContextClosedEvent) {
                    delete(temp);
                }
            });
            return context;
        } catch (IOException e) {
            throw new Cli.CliFailure(Cli.STORE, "cannot create a temporary directory: " + e.getMessage());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String baseUri, boolean temporary) {
        List<String> properties = new ArrayList<>(List.of(
                "datamap.data-dir=" + dataDir.toAbsolutePath(),
                "spring.main.lazy-initialization=true",
                "logging.level.root=ERROR",
                "logging.level.vn.datamap=ERROR"));
        if (baseUri != null) {
            properties.add("datamap.base-uri=" + baseUri);
        }
        try {
            return new SpringApplicationBuilder(DatamapApplication.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties(properties.toArray(String[]::new)).run();
        } catch (RuntimeException e) {
            String why = rootMessage(e);
            if (!temporary && why.toLowerCase().contains("lock")) {
                throw new Cli.CliFailure(Cli.STORE, "the data directory " + dataDir.toAbsolutePath() + " is in use by a "
                        + "running server; stop it, or send the catalogue over HTTP (PUT /api/agencies/ID/catalogue)");
            }
            throw new Cli.CliFailure(Cli.STORE, "cannot open the store: " + why);
        }
    }

    /** {@code --data-dir}, else DATAMAP_DATA_DIR, else ./data. */
    static Path dataDir(Map<String, String> options) {
        String dir = options.getOrDefault("data-dir", System.getenv().getOrDefault("DATAMAP_DATA_DIR", "data"));
        return Path.of(dir);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
