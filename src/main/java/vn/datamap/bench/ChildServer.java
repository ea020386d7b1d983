package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server in a JVM of its own, started from the executable jar with a given heap, so that its
 * memory can be read from outside: resident set size from {@code /proc}, heap after a full GC
 * through {@code jcmd}, and the largest heap in use before any collection from its GC log.
 * It is stopped by its own process handle, never by name.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private final Process process;
    private final int port;
    private final Path logDir;

    private ChildServer(Process process, int port, Path logDir) {
        this.process = process;
        this.port = port;
        this.logDir = logDir;
    }

    static ChildServer start(Path jar, String heap, Path dataDir, String base, String adminPassword, Path logDir) {
        int port = freePort();
        // No -XX:+ExitOnOutOfMemoryError: the server's log then says where an OutOfMemoryError struck.
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(), "-Xmx" + heap,
                "-Xlog:gc:file=" + logDir.resolve("gc.log"), "-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logDir.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("DATAMAP_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("DATAMAP_BASE_URI", base);
        env.put("DATAMAP_DEMO", "false");
        env.put("DATAMAP_ADMIN_PASSWORD", adminPassword);
        env.put("DATAMAP_QUERY_TIMEOUT", "600000,1800000");
        env.put("DATAMAP_NAMED_QUERY_TIMEOUT", "600000,1800000");
        env.put("DATAMAP_MAX_UPLOAD_BYTES", String.valueOf(1L << 30));
        try {
            return new ChildServer(builder.start(), port, logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until {@code /actuator/health} answers 200; false when the process died or time ran out. */
    boolean awaitHealthy(HttpProbe http, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (http.status(port, "/actuator/health", "application/json") == 200) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * Resident set size in MiB from {@code /proc}: now ("VmRSS"), at its highest ("VmHWM"), and of
     * it the process's own memory ("RssAnon": heap, metaspace, threads) and mapped files
     * ("RssFile": mostly TDB2's memory-mapped store, pages the kernel may drop at any time).
     */
    long[] rssMiB() {
        long[] values = {-1, -1, -1, -1};
        try {
            String[] keys = {"VmRSS:", "VmHWM:", "RssAnon:", "RssFile:"};
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                for (int i = 0; i < keys.length; i++) {
                    if (line.startsWith(keys[i])) {
                        values[i] = kib(line) / 1024;
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return values;
    }

    /** Heap in use right after a full GC that {@code jcmd} asks for, in MiB (-1 if it cannot tell). */
    long heapAfterGcMiB() {
        String jcmd = javaHome().resolve("bin/jcmd").toString();
        run(jcmd, String.valueOf(process.pid()), "GC.run");
        Matcher m = HEAP_USED.matcher(run(jcmd, String.valueOf(process.pid()), "GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    /** Lines of the GC log so far. */
    int gcLines() {
        return gcLog().size();
    }

    /** The most heap in use before a collection, in MiB, over the GC log lines from {@code from} on. */
    long gcPeakMiB(int from) {
        List<String> lines = gcLog();
        long peak = 0;
        for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    /** Whether the server's log reports an OutOfMemoryError. */
    boolean outOfMemory() {
        return !outOfMemoryWhere().isEmpty();
    }

    /** Where the first OutOfMemoryError of the log struck: its line and the first frames of the project and of Jena under it. */
    String outOfMemoryWhere() {
        List<String> lines;
        try {
            lines = Files.readAllLines(logDir.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("OutOfMemoryError")) {
                StringBuilder where = new StringBuilder(lines.get(i).trim().replaceAll(".*(java.lang.OutOfMemoryError.*)", "$1"));
                String[] wanted = {"at org.apache.jena.", "at vn.datamap."};
                for (String prefix : wanted) {
                    for (int j = i + 1; j < Math.min(lines.size(), i + 200); j++) {
                        if (lines.get(j).trim().startsWith(prefix)) {
                            where.append(" ").append(lines.get(j).trim());
                            break;
                        }
                    }
                }
                return where.toString();
            }
        }
        return "";
    }

    private List<String> gcLog() {
        try {
            return Files.readAllLines(logDir.resolve("gc.log"));
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
