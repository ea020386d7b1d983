package vn.datamap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A packaged server started as a child process, as an operator would: {@code java -jar} with
 * environment variables, on a port of its own, its output and errors in log files. Unlike an
 * in-process server it can be killed with SIGKILL and started again on the same data directory,
 * which is what crash tests need. Configure one {@link Launcher} and start it as often as needed;
 * whoever starts a child kills it ({@link #kill()}).
 */
public final class ChildServer {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final long STARTUP_SECONDS = 150;

    private final Process process;
    private final int port;
    private final Path out;

    private ChildServer(Process process, int port, Path out) {
        this.process = process;
        this.port = port;
        this.out = out;
    }

    /** A launcher for {@code java -jar jar}, with the JVM that runs the tests. */
    public static Launcher jar(Path jar) {
        return new Launcher(jar);
    }

    /** How to start the child: working directory, log folder, environment and port. */
    public static final class Launcher {
        private final Path jar;
        private Path workDir = Path.of(".").toAbsolutePath();
        private Path logDir = Path.of(".").toAbsolutePath();
        private Predicate<String> dropInherited = name -> false;
        private final Map<String, String> env = new LinkedHashMap<>();
        private String portVariable = "SERVER_PORT";
        private int preferredPort;

        private Launcher(Path jar) {
            this.jar = jar;
        }

        public Launcher workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        /** Where {@code <label>.out} and {@code <label>.err} of each start go. */
        public Launcher logDir(Path dir) {
            this.logDir = dir;
            return this;
        }

        /** Leaves out the inherited environment variables whose names match, so the test's own settings rule. */
        public Launcher withoutInherited(Predicate<String> names) {
            this.dropInherited = names;
            return this;
        }

        public Launcher env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /**
         * The port to listen on, passed in {@code variable}: {@code preferred} while it is free
         * (so a restart answers where the last run did), any free port otherwise.
         */
        public Launcher port(String variable, int preferred) {
            this.portVariable = variable;
            this.preferredPort = preferred;
            return this;
        }

        /** Starts the child; {@code label} names its log files. */
        public ChildServer start(String label) throws IOException {
            int port = preferredPort > 0 && portFree(preferredPort) ? preferredPort : freePort();
            Path out = logDir.resolve(label + ".out");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString()).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(logDir.resolve(label + ".err").toFile());
            Map<String, String> environment = pb.environment();
            environment.keySet().removeIf(dropInherited);
            environment.putAll(env);
            environment.put(portVariable, Integer.toString(port));
            return new ChildServer(pb.start(), port, out);
        }
    }

    /** Waits until {@code /actuator/health} reports UP; fails with the log's tail if the child dies or takes too long. */
    public void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The server stopped (exit " + process.exitValue() + ") before it answered; log:\n" + tail());
            }
            try {
                HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200 && HttpTester.text(r).contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The server did not report UP within " + STARTUP_SECONDS + " s; log:\n" + tail());
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The HTTP/1.1 client the child is asked with, for requests a test builds itself. */
    public HttpClient client() {
        return CLIENT;
    }

    /** GET with header name/value pairs, a 60-second timeout. */
    public HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the child has written to standard output so far. */
    public String log() {
        try {
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        String log = log();
        return log.substring(Math.max(0, log.length() - 4000));
    }

    /** SIGKILL (on Linux), then waits up to 30 s for the child to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
