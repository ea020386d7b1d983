package vn.datamap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The summary of repeated measurements: how many, the median, and the 99th percentile (for
 * times) or the slowest run (for rates). {@link #measure} decides how many runs a figure gets:
 * warm-up in blocks of runs that take the given time together (a second by default, at most
 * {@link #WARM_UP_RUNS} runs a block), block after block until a block's median is no longer {@link #SETTLED faster}
 * than the one before (at most {@link #WARM_UP_BLOCKS} blocks; a call slower than a block warms
 * once), so that a cheap call is timed once the JIT has compiled what it exercises and not while
 * it compiles. On two cores the server's request path takes several seconds to settle: an
 * unpaged export at 1k databases went from 14 to 9 ms a request between one and fifteen seconds
 * of warm-up. Then up to {@code iterations} timed runs, fewer
 * when the time budget of the figure is spent (but never fewer than three; two for a pair of
 * calls slower than the whole budget), so that a query of a minute at 100k databases does not
 * stretch the run to hours.
 */
record Timing(int n, double median, double p99) {
    static final int MINIMUM = 3;
    /** A block of warm-up runs ends once its runs have taken the given time together, or after this many. */
    static final int WARM_UP_RUNS = 1000;
    /** Warm-up ends after a block whose median is more than this share of the median before it... */
    static final double SETTLED = 0.95;
    /** ...or after this many blocks. */
    static final int WARM_UP_BLOCKS = 15;

    /** Times {@code call} (in ms) as described above, with warm-up blocks of {@code warmUp}. */
    static Timing measure(int iterations, Duration budget, Duration warmUp, Runnable call) {
        return measure(iterations, budget, warmUp, () -> {
            long t = System.nanoTime();
            call.run();
            return ms(System.nanoTime() - t);
        });
    }

    /** As {@link #measure(int, Duration, Duration, Runnable)}, for a call that reports its own figure in ms. */
    static Timing measure(int iterations, Duration budget, Duration warmUp, DoubleSupplier timedCall) {
        warmUp(timedCall, warmUp.toMillis());
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < Math.max(1, iterations)) {
            times.add(timedCall.getAsDouble());
            boolean spent = System.nanoTime() - start > budget.toNanos();
            if (spent && times.size() >= Math.min(MINIMUM, iterations)) {
                break;
            }
        }
        return ofTimes(times);
    }

    /**
     * Times two calls that do the same work in alternation (a, b, a, b, …) after warming up both,
     * so that neither profits from the other's warm-up or suffers from the machine's moods.
     */
    static Timing[] paired(int iterations, Duration budget, Duration warmUp, Runnable a, Runnable b) {
        return paired(iterations, budget, warmUp, () -> once(a), () -> once(b));
    }

    /** As {@link #paired(int, Duration, Duration, Runnable, Runnable)}, for calls that report their own figures in ms. */
    static Timing[] paired(int iterations, Duration budget, Duration warmUp, DoubleSupplier a, DoubleSupplier b) {
        double first = warmUp(() -> a.getAsDouble() + b.getAsDouble(), warmUp.toMillis());
        // A pair slower than the whole budget (a minute-long query at 100k databases) gets two timed pairs, not three.
        int minimum = first > budget.toMillis() ? 2 : MINIMUM;
        List<Double> ta = new ArrayList<>();
        List<Double> tb = new ArrayList<>();
        long start = System.nanoTime();
        while (ta.size() < Math.max(1, iterations)) {
            ta.add(a.getAsDouble());
            tb.add(b.getAsDouble());
            boolean spent = System.nanoTime() - start > 2 * budget.toNanos();
            if (spent && ta.size() >= Math.min(minimum, iterations)) {
                break;
            }
        }
        return new Timing[] {ofTimes(ta), ofTimes(tb)};
    }

    /** Runs {@code call} in blocks until it has settled, as described above; returns the first figure. */
    private static double warmUp(DoubleSupplier call, double blockMs) {
        double first = call.getAsDouble();
        if (first >= blockMs) {
            return first;
        }
        double before = Double.POSITIVE_INFINITY;
        for (int block = 0; block < WARM_UP_BLOCKS; block++) {
            double median = block(call, blockMs);
            if (median > before * SETTLED) {
                break;
            }
            before = median;
        }
        return first;
    }

    /** One block of warm-up runs; returns their median. */
    private static double block(DoubleSupplier call, double blockMs) {
        List<Double> times = new ArrayList<>();
        double spent = 0;
        while (spent < blockMs && times.size() < WARM_UP_RUNS) {
            double t = call.getAsDouble();
            times.add(t);
            spent += t;
        }
        return ofTimes(times).median();
    }

    static double once(Runnable call) {
        long t = System.nanoTime();
        call.run();
        return ms(System.nanoTime() - t);
    }

    /** As {@link #ofTimes(double[])}, for the runs as they were collected. */
    private static Timing ofTimes(List<Double> values) {
        return ofTimes(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Median and p99 of times (lower is better). */
    static Timing ofTimes(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        double p99 = v[Math.max(0, Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1))];
        return new Timing(n, median, p99);
    }

    /** Median and slowest of rates (higher is better). */
    static Timing ofRates(double[] values) {
        Timing t = ofTimes(values);
        return new Timing(t.n(), t.median(), Arrays.stream(values).min().orElse(Double.NaN));
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
