package vn.datamap.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.datamap.web.MemoryOutputStream;
import vn.datamap.web.Problem;

/**
 * Lets Fuseki answer successes as it does, but catches its error responses (a status of 400 or
 * more followed by a plain-text message) and rewrites them as the product's JSON problem. An error
 * after the answer began (a time limit reached while streaming) cannot be rewritten; it is logged.
 */
final class ProblemCapturingResponse extends HttpServletResponseWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemCapturingResponse.class);
    private static final int MAX_MESSAGE = 2000;
    private int errorStatus;
    private String errorMessage;
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream();

    ProblemCapturingResponse(HttpServletResponse response) {
        super(response);
    }

    private boolean inError() {
        return errorStatus >= 400;
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400) {
            errorStatus = sc;
        } else {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc) {
        errorStatus = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        errorStatus = sc;
        errorMessage = msg;
    }

    @Override
    public void setContentType(String type) {
        if (!inError()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!inError()) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!inError()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!inError()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return inError() ? new MemoryOutputStream(errorBody) : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return inError() ? new PrintWriter(new OutputStreamWriter(errorBody, StandardCharsets.UTF_8), true) : super.getWriter();
    }

    /** Writes the captured error, if any, as a JSON problem in the reader's language. */
    void finish(HttpServletRequest request, SparqlMessages messages) throws IOException {
        if (!inError()) {
            return;
        }
        String written = errorMessage != null ? errorMessage : errorBody.toString(StandardCharsets.UTF_8).strip();
        if (errorStatus >= 500 && errorStatus != 503) {
            LOG.warn("The SPARQL endpoint failed a request ({}): {}", errorStatus, written);
        }
        String text = messages.forError(request, errorStatus, written);
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (!response.isCommitted()) {
            new Problem(errorStatus, text).writeTo(response);
        } else {
            // Part of the answer is out (Fuseki ended it with its "Incomplete results" marker).
            LOG.warn("A SPARQL query failed after its answer began ({}): the client got part of the results and a marker; {}",
                    errorStatus, written);
        }
    }
}
