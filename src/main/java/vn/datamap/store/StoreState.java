package vn.datamap.store;

import java.time.Instant;

/**
 * Where the store stands: a counter moved on by every committed change, and when that happened.
 * ETags and Last-Modified headers derive from it.
 */
public record StoreState(long generation, Instant committedAt) {
}
