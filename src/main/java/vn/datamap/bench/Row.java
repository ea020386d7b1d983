package vn.datamap.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: a measured figure ({@code median} and {@code p99} in
 * {@code unit}), and, when it has a baseline, the ratio ours / baseline with the target it is held
 * to. For rates (requests/s, triples/s) the {@code p99} column holds the slowest run instead.
 */
public record Row(int size, String part, String what, int n, double median, double p99, String unit,
                  Double ratio, String target, String verdict, String note) {

    /** A time in milliseconds, without a baseline. */
    static Row ms(int size, String part, String what, Timing t, String note) {
        return new Row(size, part, what, t.n(), t.median(), t.p99(), "ms", null, "", "", note);
    }

    /** A single timed step in milliseconds. */
    static Row once(int size, String part, String what, double ms, String note) {
        return new Row(size, part, what, 1, ms, ms, "ms", null, "", "", note);
    }

    /** A figure in any unit, without a baseline. */
    static Row of(int size, String part, String what, Timing t, String unit, String note) {
        return new Row(size, part, what, t.n(), t.median(), t.p99(), unit, null, "", "", note);
    }

    /** This row compared with {@code baseline} (medians), held to {@code target} when not null. */
    Row against(Row baseline, Target target) {
        return withRatio(median / baseline.median(), target);
    }

    /** This row with a ratio computed elsewhere, held to {@code target} when not null. */
    Row withRatio(double value, Target target) {
        String verdict = target == null ? "" : target.met(value) ? "met" : "NOT met";
        return new Row(size, part, what, n, median, p99, unit, value, target == null ? "" : target.toString(), verdict, note);
    }

    Row withNote(String text) {
        return new Row(size, part, what, n, median, p99, unit, ratio, target, verdict, text);
    }

    String ratioText() {
        return ratio == null || ratio.isNaN() ? "" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
