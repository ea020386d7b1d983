package vn.datamap.store;

import org.apache.jena.graph.Node;

/**
 * Nodes decoded from TDB2's node table, by their place in it, shared by the scans of every read
 * transaction of one store. TDB2's own node cache is correct for every use but costly per lookup
 * (a concurrent map on node ids whose hash collides, and access-order bookkeeping): a fifth of
 * the server's time in an unpaged export of a small catalogue went there, for ids decoded by
 * every request alike. A read transaction sees only committed nodes, and a committed node keeps
 * its place for as long as the database is open (the node table only grows; the project never
 * compacts a live store), so a place once decoded stays right for all readers.
 *
 * <p>A direct-mapped table of {@value #BITS}-bit slots: a newer place takes over its slot, so
 * memory stays bounded. Thread-safe without locks: each slot holds an immutable entry, and a
 * reader either sees an entry whole or the one before it.
 */
final class CommittedNodes {
    static final int BITS = 16;
    private final Entry[] entries = new Entry[1 << BITS];

    private record Entry(long place, Node node) {
    }

    /** The node at {@code place}, or null when not kept. */
    Node get(long place) {
        Entry entry = entries[slot(place, BITS)];
        return entry != null && entry.place() == place ? entry.node() : null;
    }

    void put(long place, Node node) {
        entries[slot(place, BITS)] = new Entry(place, node);
    }

    /**
     * The slot of a node-table place in a table of {@code 2^bits} slots (this one, and the first
     * one a scan tries in its own): the place's bits spread by Fibonacci hashing.
     */
    static int slot(long place, int bits) {
        return (int) ((place * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }
}
