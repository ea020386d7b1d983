package vn.datamap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * How many runs a figure gets. The calls here report their own figures (no clock), so the counts
 * are exact; the time budget is never spent since the calls take no time.
 */
class TimingTest {
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Duration BLOCK = Duration.ofSeconds(1);

    /** A call that reports {@code ms} as its figure, and counts how often it ran. */
    private static final class Call implements DoubleSupplier {
        private final double ms;
        private int runs;

        Call(double ms) {
            this.ms = ms;
        }

        @Override
        public double getAsDouble() {
            runs++;
            return ms;
        }
    }

    @Test
    void aSteadyCheapCallWarmsUpForTwoBlocksBeforeItIsTimed() {
        Call call = new Call(10);
        Timing t = Timing.measure(10, BUDGET, BLOCK, call);
        assertThat(t.n()).isEqualTo(10);
        // The first run, a block of 100 runs of 10 ms (a second), a second block no faster: settled.
        assertThat(call.runs).isEqualTo(1 + 100 + 100 + 10);
        assertThat(t.median()).isEqualTo(10.0);
    }

    @Test
    void aBlockEndsAfterItsRunLimitWhenTheCallIsVeryCheap() {
        Call call = new Call(0.1);
        Timing.measure(5, BUDGET, BLOCK, call);
        assertThat(call.runs).isEqualTo(1 + 2 * Timing.WARM_UP_RUNS + 5);
    }

    @Test
    void warmUpGoesOnWhileTheCallIsStillGettingFasterAndStopsOnceItHasSettled() {
        // 20 ms for the first 60 runs (what the JIT has not compiled yet), then 10 ms.
        int[] runs = {0};
        Timing t = Timing.measure(5, BUDGET, BLOCK, () -> ++runs[0] <= 60 ? 20 : 10);
        // The first run; block 1: 50 runs of 20 ms (median 20); block 2: 9 runs of 20 ms and 82 of
        // 10 ms (median 10, faster); block 3: 100 runs of 10 ms, no faster: settled; 5 timed runs.
        assertThat(runs[0]).isEqualTo(1 + 50 + 91 + 100 + 5);
        assertThat(t.median()).isEqualTo(10.0);
    }

    @Test
    void warmUpEndsAfterItsLastBlockEvenIfTheCallKeepsGettingFaster() {
        DoubleSupplier everFaster = new DoubleSupplier() {
            double figure = 500;

            @Override
            public double getAsDouble() {
                figure *= 0.8;
                return figure;
            }
        };
        Call counted = new Call(0);
        Timing.measure(1, BUDGET, BLOCK, () -> {
            counted.getAsDouble();
            return everFaster.getAsDouble();
        });
        assertThat(counted.runs).as("at most %d blocks of %d runs", Timing.WARM_UP_BLOCKS, Timing.WARM_UP_RUNS)
                .isLessThanOrEqualTo(1 + Timing.WARM_UP_BLOCKS * Timing.WARM_UP_RUNS + 1);
    }

    @Test
    void warmUpStopsOnceItsRunsHaveTakenASecond() {
        Call call = new Call(400);
        Timing.measure(5, BUDGET, BLOCK, call);
        assertThat(call.runs).as("the first run; two blocks of 400 + 400 + 400 ms").isEqualTo(1 + 3 + 3 + 5);
    }

    @Test
    void aCallSlowerThanTheWarmUpTimeWarmsOnce() {
        Call call = new Call(2500);
        Timing.measure(4, BUDGET, BLOCK, call);
        assertThat(call.runs).isEqualTo(1 + 4);
    }

    @Test
    void pairedCallsWarmUpAndRunInAlternation() {
        List<String> order = new ArrayList<>();
        DoubleSupplier a = () -> {
            order.add("a");
            return 300;
        };
        DoubleSupplier b = () -> {
            order.add("b");
            return 200;
        };
        Timing[] t = Timing.paired(3, BUDGET, BLOCK, a, b);
        // Pairs of 500 ms: the first pair, two blocks of two pairs (a second each), three timed pairs.
        assertThat(order).hasSize(2 * (1 + 2 + 2 + 3));
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).isEqualTo(i % 2 == 0 ? "a" : "b");
        }
        assertThat(t[0].n()).isEqualTo(3);
        assertThat(t[0].median()).isEqualTo(300.0);
        assertThat(t[1].median()).isEqualTo(200.0);
    }
}
