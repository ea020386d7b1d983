package vn.datamap.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.datamap.DatamapServer;

/**
 * The whole application on a random port with the reference and demo data in a fresh data
 * directory. Read-only tests share one instance per JVM ({@link #shared()}); tests that write or
 * need other settings start their own with {@link #start} and close it.
 */
public final class TestServer implements AutoCloseable {
    private static TestServer shared;

    private final DatamapServer server;
    private final Path dataDir;
    private final boolean deleteOnClose;

    private TestServer(DatamapServer server, Path dataDir, boolean deleteOnClose) {
        this.server = server;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** One read-only server with demo data for every test class of this JVM. */
    public static synchronized TestServer shared() {
        if (shared == null) {
            shared = start(DatamapServer.create().demo(true));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Starts a server of its own in a new temporary data directory. */
    public static TestServer start(DatamapServer.Builder builder) {
        try {
            Path dir = Files.createTempDirectory("datamap-test");
            return start(builder, dir, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a server on a given data directory (kept on close). */
    public static TestServer start(DatamapServer.Builder builder, Path dataDir, boolean deleteOnClose) {
        DatamapServer server = builder.port(0).dataDir(dataDir)
                .property("logging.level.root", "WARN")
                .start();
        return new TestServer(server, dataDir, deleteOnClose);
    }

    /**
     * The base URI of minted IRIs, ending with a slash. Unless the test set one of its own, it is
     * also where the server answers.
     */
    public String base() {
        return server.baseUri();
    }

    /** Where the server answers: always this machine and the server's port. */
    public String url(String path) {
        return "http://localhost:" + server.port() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatamapServer server() {
        return server;
    }

    public HttpTester http() {
        return new HttpTester(this);
    }

    @Override
    public synchronized void close() {
        server.close();
        if (deleteOnClose) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
