package vn.datamap.cli;

import java.io.PrintStream;

/**
 * A progress bar on standard error for long operations: redrawn in place on a terminal, one
 * line per step when the output goes to a file or a pipe (so logs stay readable).
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private int done;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.terminal = System.console() != null;
        this.total = Math.max(total, 1);
    }

    void step(String what) {
        done = Math.min(done + 1, total);
        int filled = done * WIDTH / total;
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (done * 100 / total) + "% " + what;
        if (terminal) {
            out.print("\r" + bar + " ".repeat(Math.max(0, 20 - what.length())));
            if (done == total) {
                out.println();
            }
        } else {
            out.println(bar);
        }
        out.flush();
    }
}
