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
    void aCheapCallWarmsUpForFiftyRunsBeforeItIsTimed() {
        Call call = new Call(10);
        Timing t = Timing.measure(10, BUDGET, call);
        assertThat(t.n()).isEqualTo(10);
        assertThat(call.runs).isEqualTo(Timing.WARM_UP_RUNS + 10);
        assertThat(t.median()).isEqualTo(10.0);
    }

    @Test
    void warmUpStopsOnceItsRunsHaveTakenASecond() {
        Call call = new Call(400);
        Timing.measure(5, BUDGET, call);
        assertThat(call.runs).as("400 + 400 + 400 ms reach a second").isEqualTo(3 + 5);
    }

    @Test
    void aCallSlowerThanTheWarmUpTimeWarmsOnce() {
        Call call = new Call(2500);
        Timing.measure(4, BUDGET, call);
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
        Timing[] t = Timing.paired(3, BUDGET, a, b);
        // Pairs of 500 ms: two warm-up pairs reach a second, then three timed pairs.
        assertThat(order).containsExactly("a", "b", "a", "b", "a", "b", "a", "b", "a", "b");
        assertThat(t[0].n()).isEqualTo(3);
        assertThat(t[0].median()).isEqualTo(300.0);
        assertThat(t[1].median()).isEqualTo(200.0);
    }
}
