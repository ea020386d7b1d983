package vn.datamap.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * A servlet output stream that keeps what is written in memory, for a response body that is
 * captured rather than sent (a page to be cached, an error to be rewritten). It is always ready
 * to be written, so a non-blocking writer is told so at once.
 */
public final class MemoryOutputStream extends ServletOutputStream {
    private final ByteArrayOutputStream bytes;

    public MemoryOutputStream(ByteArrayOutputStream bytes) {
        this.bytes = bytes;
    }

    @Override
    public void write(int b) {
        bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        try {
            listener.onWritePossible();
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }
}
