package vn.datamap.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import jakarta.servlet.http.HttpServletRequest;
import vn.datamap.web.ApiException;

/** Reads a request body whole, but never more than a limit: beyond it, 413. */
final class Bodies {
    private Bodies() {}

    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        return read(request.getInputStream(), limit);
    }

    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw tooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(long limit) {
        return ApiException.payloadTooLarge("The body is larger than the limit of " + limit + " bytes");
    }
}
