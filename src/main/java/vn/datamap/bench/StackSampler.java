package vn.datamap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A poor man's sampling profiler: while a piece of work runs on one thread (or on a server's
 * threads), another takes their stacks every few milliseconds and files each under the first stage (in the order given)
 * with a frame whose class name starts with one of the stage's prefixes. A stage's samples,
 * times the wall-clock time of a sampling round, estimate the time spent in it ({@link #times})
 * — for the stages public methods cannot time from outside. For the samples of {@code detail}, it also
 * counts the innermost frame with one of the detail prefixes (e.g. which SHACL constraint runs).
 */
final class StackSampler implements AutoCloseable {
    /** A stage and the frames that mark it: class-name prefixes, or {@code Class#method}. */
    record Stage(String name, List<String> prefixes) {
        boolean matches(StackTraceElement[] stack) {
            for (StackTraceElement frame : stack) {
                for (String prefix : prefixes) {
                    int hash = prefix.indexOf('#');
                    boolean match = hash < 0 ? frame.getClassName().startsWith(prefix)
                            : frame.getClassName().equals(prefix.substring(0, hash))
                            && frame.getMethodName().equals(prefix.substring(hash + 1));
                    if (match) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final Supplier<List<StackTraceElement[]>> source;
    private final List<Stage> stages;
    private final List<String> detail;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> details = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;
    private int rounds;

    StackSampler(Supplier<List<StackTraceElement[]>> source, List<Stage> stages, List<String> detail, Duration interval) {
        this.source = source;
        this.stages = stages;
        this.detail = detail;
        stages.forEach(s -> counts.put(s.name(), 0));
        counts.put("other", 0);
        sampler = new Thread(() -> {
            while (running) {
                List<StackTraceElement[]> stacks = source.get();
                synchronized (this) {
                    rounds++;
                }
                stacks.forEach(this::sample);
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Samples the calling thread and, while they run code of the project, the threads whose name
     * starts with {@code helpers} (those that do part of the caller's work beside it).
     */
    static StackSampler ofCurrentThreadAndHelpers(String helpers, List<Stage> stages, List<String> detail) {
        Thread target = Thread.currentThread();
        return new StackSampler(() -> {
            List<StackTraceElement[]> stacks = new ArrayList<>();
            stacks.add(target.getStackTrace());
            stacks.addAll(busy(helpers));
            return stacks;
        }, stages, detail, Duration.ofMillis(5));
    }

    /**
     * Samples every thread whose name starts with {@code prefix} (e.g. Tomcat's {@code http-nio-})
     * while it runs code of the project: threads waiting for a request are left out.
     */
    static StackSampler ofBusyThreads(String prefix, List<Stage> stages, List<String> detail) {
        return new StackSampler(() -> busy(prefix), stages, detail, Duration.ofMillis(50));
    }

    /**
     * The stacks of the threads named {@code prefix}… that run code of the project. Only those
     * threads' stacks are taken: the sampler of a submission runs every 5 ms, and a dump of every
     * thread of the JVM at that rate would slow the work it measures.
     */
    private static List<StackTraceElement[]> busy(String prefix) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        List<StackTraceElement[]> stacks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().startsWith(prefix)) {
                StackTraceElement[] stack = threads[i].getStackTrace();
                if (Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("vn.datamap."))) {
                    stacks.add(stack);
                }
            }
        }
        return stacks;
    }

    private synchronized void sample(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return;
        }
        samples++;
        String stage = stages.stream().filter(s -> s.matches(stack)).map(Stage::name).findFirst().orElse("other");
        counts.merge(stage, 1, Integer::sum);
        if (!detail.isEmpty()) {
            for (StackTraceElement frame : stack) { // innermost first
                if (detail.stream().anyMatch(frame.getClassName()::startsWith)) {
                    String where = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName();
                    details.merge(where, 1, Integer::sum);
                    break;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized int samples() {
        return samples;
    }

    /**
     * The time of each stage, in the order of the stages, "other" last: its samples times the
     * wall-clock time of a sampling round ({@code wallMs} over the rounds). With helper threads
     * the stages overlap, and their sum exceeds {@code wallMs} by the work done in parallel.
     */
    synchronized Map<String, Double> times(double wallMs) {
        Map<String, Double> times = new LinkedHashMap<>();
        counts.forEach((k, v) -> times.put(k, rounds == 0 ? 0 : v * wallMs / rounds));
        return times;
    }

    /** Share (0..1) of the samples per stage, in the order of the stages, "other" last. */
    synchronized Map<String, Double> shares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((k, v) -> shares.put(k, samples == 0 ? 0 : v / (double) samples));
        return shares;
    }

    /** The {@code top} most sampled innermost frames of the detail prefixes, with their share of all samples. */
    synchronized String topDetails(int top) {
        return details.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)))
                .collect(Collectors.joining(", "));
    }
}
