package vn.datamap.publish;

import java.time.Instant;

/**
 * One request for a catalogue page.
 *
 * @param agencyId      the agency whose catalogue is asked for, or null for the national map
 * @param page          1-based page number
 * @param pageSize      datasets per page
 * @param modifiedSince only datasets modified at or after this instant, or null
 * @param generation    the store generation the walk started from, or null for the latest
 */
public record CatalogRequest(String agencyId, int page, int pageSize, Instant modifiedSince, Long generation) {
}
