package vn.datamap.sparql;

import java.util.concurrent.Semaphore;

/**
 * How many SPARQL queries may run at once. A query that finds every place taken is answered
 * {@code 503} with {@code Retry-After} at once rather than queued, so that a burst of heavy
 * queries leaves the request threads free for pages, health checks and writes.
 */
public final class QueryGate {
    private final Semaphore places;
    private final int size;

    public QueryGate(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("DATAMAP_QUERY_CONCURRENCY must be at least 1, got " + size);
        }
        this.size = size;
        this.places = new Semaphore(size);
    }

    /** Takes a place, or answers false when all are taken. */
    public boolean tryEnter() {
        return places.tryAcquire();
    }

    public void leave() {
        places.release();
    }

    public int size() {
        return size;
    }

    /** Places taken right now. */
    public int running() {
        return size - places.availablePermits();
    }
}
