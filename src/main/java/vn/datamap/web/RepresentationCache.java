package vn.datamap.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rendered representations (the bytes of a Turtle document or of an HTML page) of one store
 * generation and one day in Viet Nam, least recently used first out, within a byte budget.
 * Everything is dropped as soon as a request sees a newer generation or another day, so a cached
 * answer is exactly what rendering would give again: the key must name everything else the
 * answer depends on (path, format or language).
 */
public final class RepresentationCache {
    /** One cached answer: what {@code Content-Type} says, and the body. */
    public record Entry(String contentType, byte[] body) {
        public void writeTo(HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long generation = Long.MIN_VALUE;
    private LocalDate day;
    private long bytes;
    private long hits;
    private long misses;

    /** {@code maxBytes} for all entries together; a body over a sixteenth of it is never kept. */
    public RepresentationCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxBytes / 16;
    }

    public synchronized Entry get(long generation, LocalDate day, String key) {
        turn(generation, day);
        Entry entry = this.generation == generation ? entries.get(key) : null;
        if (entry == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    /** Keeps {@code entry} if it belongs to the newest generation seen and fits the budget. */
    public synchronized void put(long generation, LocalDate day, String key, Entry entry) {
        turn(generation, day);
        if (generation != this.generation || entry.body().length > maxEntryBytes) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().body().length;
            it.remove();
        }
    }

    /** Entries, bytes, hits and misses so far, for logs and tests. */
    public synchronized long[] figures() {
        return new long[] {entries.size(), bytes, hits, misses};
    }

    /** A newer generation or another day empties the cache; an older generation leaves it alone. */
    private void turn(long seen, LocalDate today) {
        if (seen > generation || !today.equals(day) && seen >= generation) {
            entries.clear();
            bytes = 0;
            generation = seen;
            day = today;
        }
    }
}
