package vn.datamap;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole server from code — for tests, benchmarks and embedding:
 * {@code DatamapServer.create().port(0).dataDir(dir).start()}. Port 0 picks a free port before
 * start, so the base URI (which must be known up front) can name it.
 */
public final class DatamapServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int port;
    private final String baseUri;

    private DatamapServer(ConfigurableApplicationContext context, int port, String baseUri) {
        this.context = context;
        this.port = port;
        this.baseUri = baseUri;
    }

    public static Builder create() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    /** The base URI of minted IRIs, ending with a slash; also where the server answers. */
    public String baseUri() {
        return baseUri;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

    /** What to start. */
    public static final class Builder {
        private int port = 8080;
        private Path dataDir;
        private String baseUri;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder baseUri(String baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        public Builder demo(boolean demo) {
            return property("datamap.demo", demo);
        }

        /** Any other setting, by its Spring property name (e.g. {@code datamap.query-timeout}). */
        public Builder property(String name, Object value) {
            properties.put(name, value);
            return this;
        }

        public DatamapServer start() {
            int chosen = port == 0 ? freePort() : port;
            String base = baseUri != null ? baseUri : "http://localhost:" + chosen + "/";
            Map<String, Object> all = new LinkedHashMap<>(properties);
            all.put("server.port", chosen);
            all.put("datamap.base-uri", base);
            if (dataDir != null) {
                all.put("datamap.data-dir", dataDir.toString());
            }
            // As command-line arguments: they win over environment variables and application.properties.
            String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DatamapApplication.class).run(args);
            return new DatamapServer(context, chosen, base);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("No free port", e);
            }
        }
    }
}
