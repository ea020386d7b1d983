package vn.datamap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A 64 KiB byte buffer in front of a stream, for the writers that assemble an export from kept
 * term bytes: no lock and no charset encoder on the way, and I/O failures surface unchecked as
 * RIOT's writers let them. One instance per stream (not thread-safe).
 */
final class ByteBuffered {
    private static final byte[] SPACES = new byte[64];

    static {
        Arrays.fill(SPACES, (byte) ' ');
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    ByteBuffered(OutputStream out) {
        this.out = out;
    }

    void put(byte[] bytes) {
        put(bytes, bytes.length);
    }

    void put(byte ascii) {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = ascii;
    }

    /** {@code count} spaces. */
    void spaces(int count) {
        for (int left = count; left > 0; left -= SPACES.length) {
            put(SPACES, Math.min(left, SPACES.length));
        }
    }

    /** Sends what is buffered and flushes the stream underneath, which is left open. */
    void finish() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(byte[] bytes, int length) {
        if (used + length > buffer.length) {
            drain();
            if (length > buffer.length) {
                write(bytes, length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, length);
        used += length;
    }

    private void drain() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
