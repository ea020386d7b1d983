package vn.datamap.sparql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A POST to {@code /sparql} whose body (a query sent as {@code application/sparql-query}, or
 * anything else that is not a form) was read ahead, up to {@link #MAX_BYTES}: Fuseki reads a
 * query body whole, and an endpoint open to everyone must not hold gigabytes for one request.
 * Form posts are bounded by the container ({@code maxPostSize}, 2 MB): one over it is refused here
 * too, rather than failing later inside Fuseki.
 */
final class BoundedBodyRequest extends HttpServletRequestWrapper {
    /** Largest query text accepted in a request body. */
    static final int MAX_BYTES = 1024 * 1024;
    private final byte[] body;

    private BoundedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read ahead (or its form parsed), or null when the body is over the limit. */
    static HttpServletRequest of(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            try {
                request.getParameterMap();
                return request;
            } catch (IllegalStateException e) {
                return null; // Tomcat refuses to parse a form over maxPostSize (2 MB)
            }
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            return null;
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read.write(buffer, 0, n);
            if (read.size() > MAX_BYTES) {
                return null;
            }
        }
        return new BoundedBodyRequest(request, read.toByteArray());
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body was read ahead; there is nothing to wait for");
            }
        };
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
