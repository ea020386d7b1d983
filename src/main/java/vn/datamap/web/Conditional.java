package vn.datamap.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Conditional GET: a weak ETag derived from the store generation plus what makes this response
 * differ (parameters, format), and Last-Modified from the generation's commit time. Answers 304
 * when the client already has it.
 */
public final class Conditional {
    private Conditional() {}

    /**
     * Sets ETag and Last-Modified; returns true (and sets status 304) when the request's
     * validators match, in which case nothing more must be written.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response,
                                      long generation, Instant lastModified, String variant) {
        String etag = "W/\"" + generation + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, seconds.toEpochMilli());
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        boolean match;
        if (ifNoneMatch != null) {
            match = matches(ifNoneMatch, etag);
        } else {
            Instant since = parseDate(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
            match = since != null && !seconds.isAfter(since);
        }
        if (match) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return match;
    }

    private static boolean matches(String header, String etag) {
        String opaque = etag.substring(2);
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(opaque) || c.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }

    private static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
