package vn.datamap.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response a view renders into, so that the page can be kept and sent later: headers go to the
 * real response, the body stays here. Unlike Spring's {@code ContentCachingResponseWrapper},
 * whose writer flushes its encoder after every write (each of the thousands of small pieces
 * Thymeleaf writes; a sixth of the time of a page in profiles), the body is buffered and encoded
 * once at the end.
 */
public final class RenderedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;

    public RenderedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())), false);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new MemoryOutputStream(body);
        }
        return stream;
    }

    /** Nothing reaches the client before {@link #body()} is taken and sent. */
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void setContentLength(int len) {
        // The length is the rendered body's, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As setContentLength.
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    /** The rendered body, encoded. */
    public byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }
}
