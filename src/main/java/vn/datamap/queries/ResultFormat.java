package vn.datamap.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.datamap.web.HeldBuffer;
import vn.datamap.web.Negotiation;

/**
 * The representations of a named query's results, as {@code /sparql} gives them: the SPARQL
 * results formats by {@code Accept} (JSON when anything goes), and an HTML page for a browser.
 * A {@code format} parameter ({@code json}, {@code xml}, {@code csv}, {@code tsv}, {@code html})
 * wins over the header.
 */
enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV),
    HTML("html", "text/html", null);

    /** Offered in this order: the first one a wildcard matches wins. */
    private static final List<MediaType> OFFERED = List.of(
            MediaType.parseMediaType(JSON.mediaType), MediaType.parseMediaType(XML.mediaType),
            MediaType.parseMediaType(CSV.mediaType), MediaType.parseMediaType(TSV.mediaType),
            MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML);

    private final String suffix;
    private final String mediaType;
    private final Lang lang;

    ResultFormat(String suffix, String mediaType, Lang lang) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    String suffix() {
        return suffix;
    }

    /** The format a request asks for, or null when it asks for none that is offered. */
    static ResultFormat negotiate(HttpServletRequest request) {
        String explicit = request.getParameter("format");
        if (explicit != null && !explicit.isBlank()) {
            for (ResultFormat f : values()) {
                if (f.suffix.equals(explicit.strip())) {
                    return f;
                }
            }
            return null;
        }
        MediaType chosen = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT), OFFERED);
        if (chosen == null) {
            return null;
        }
        if (chosen.equals(MediaType.TEXT_HTML) || chosen.equals(MediaType.APPLICATION_XHTML_XML)) {
            return HTML;
        }
        if (chosen.equals(MediaType.APPLICATION_JSON)) {
            return JSON;
        }
        if (chosen.equals(MediaType.APPLICATION_XML)) {
            return XML;
        }
        for (ResultFormat f : values()) {
            if (f.mediaType.equals(chosen.toString())) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes the rows in this SPARQL results format (not for {@link #HTML}). When the query's time
     * limit stops the rows after part of the answer has gone out, the answer ends with
     * {@link #CUT_MARKER} and this returns false; when nothing has gone out yet, the answer is
     * discarded and the {@link QueryCancelledException} goes on (for a 503).
     */
    boolean write(RowSet rows, HttpServletResponse response) throws IOException {
        response.setContentType(mediaType + ";charset=utf-8");
        HeldBuffer out = new HeldBuffer(response.getOutputStream());
        try {
            ResultsWriter.create().lang(lang).build().write(out, rows);
        } catch (QueryCancelledException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                throw e;
            }
            out.write(CUT_MARKER.getBytes(StandardCharsets.UTF_8));
            out.release();
            return false;
        }
        out.release();
        return true;
    }

    /**
     * Ends an answer the time limit cut: plain text that breaks a JSON or XML reader, and that a
     * person reading CSV sees, as {@code /sparql} (Fuseki) ends such an answer.
     */
    static final String CUT_MARKER = "\n## Truy vấn đã dừng vì quá giới hạn thời gian: kết quả KHÔNG đầy đủ ##"
            + "\n## Query stopped at its time limit: results are INCOMPLETE ##\n";
}
