package vn.datamap.ingest;

import org.apache.jena.graph.Graph;

/**
 * A catalogue an agency wants live: the parsed graph (IRIs resolved, text in NFC) and what the
 * revision log should remember of the request.
 *
 * @param ifMatch          the request's If-Match header, or null
 * @param confirmRemovals  whether the caller means to drop more than half of the databases
 * @param restoredFrom     the revision being restored, or null for a submission
 */
public record Submission(String agencyId, Graph graph, String format, long bytes, String agent,
                         boolean confirmRemovals, String ifMatch, Integer restoredFrom) {
}
