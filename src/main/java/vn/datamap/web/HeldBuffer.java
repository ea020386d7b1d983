package vn.datamap.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A 64 KiB buffer in front of a response that ignores the flushes of the writer it is handed to
 * and empties only when full or at {@link #release()}. RIOT's Turtle writer flushes after every
 * subject block, and Jena's result writers flush even as a cancellation passes through them; on
 * a servlet stream each flush would send a chunk of its own, and the first would commit the
 * response (its status then can no longer change).
 */
public final class HeldBuffer extends BufferedOutputStream {

    public HeldBuffer(OutputStream out) {
        super(out, 1 << 16);
    }

    @Override
    public void flush() {
        // Held: a full buffer still goes out as it fills; the rest waits for release().
    }

    /** Sends what is buffered and flushes the stream underneath. */
    public void release() throws IOException {
        super.flush();
    }
}
