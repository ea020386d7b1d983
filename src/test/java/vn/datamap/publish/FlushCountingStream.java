package vn.datamap.publish;

import java.io.ByteArrayOutputStream;

/** A stream in memory that counts the flushes that reach it, for the writers' tests. */
final class FlushCountingStream extends ByteArrayOutputStream {
    private int flushes;

    @Override
    public void flush() {
        flushes++;
    }

    int flushes() {
        return flushes;
    }
}
