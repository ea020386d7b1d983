package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only view of a graph that does not change while it is used (one read of the store) and
 * remembers the answers to its lookups about one node: SHACL asks the same few questions again
 * and again (the type of an agency or a concept that thousands of databases link to, the values
 * of a property several shapes check), and through the store each costs a walk of its indexes.
 * Only lookups with the subject or the object bound are remembered, only answers of at most
 * {@link #MAX_ANSWER} triples, and at most {@link #MAX_PATTERNS} of them, so that memory stays
 * bounded by the validation, not by the map.
 */
final class RememberedLookups extends GraphBase {
    static final int MAX_ANSWER = 256;
    static final int MAX_PATTERNS = 250_000;
    private final Graph graph;
    private final Map<Triple, List<Triple>> answers = new HashMap<>();

    RememberedLookups(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        boolean aboutOneNode = pattern.getSubject().isConcrete() || pattern.getObject().isConcrete();
        if (!aboutOneNode) {
            return graph.find(pattern);
        }
        List<Triple> known = answers.get(pattern);
        if (known != null) {
            return WrappedIterator.create(known.iterator());
        }
        ExtendedIterator<Triple> found = graph.find(pattern);
        List<Triple> first = new ArrayList<>();
        while (first.size() <= MAX_ANSWER && found.hasNext()) {
            first.add(found.next());
        }
        if (first.size() > MAX_ANSWER) {
            // Too long to remember: what was read, then the rest from the graph.
            Iterator<Triple> all = Iter.concat(first.iterator(), found);
            return new NiceIterator<>() {
                private boolean closed;

                @Override
                public boolean hasNext() {
                    return !closed && all.hasNext();
                }

                @Override
                public Triple next() {
                    ensureHasNext();
                    return all.next();
                }

                @Override
                public void close() {
                    closed = true;
                    found.close();
                }
            };
        }
        found.close();
        if (answers.size() < MAX_PATTERNS) {
            answers.put(pattern, first.isEmpty() ? List.of() : List.copyOf(first));
        }
        return WrappedIterator.create(first.iterator());
    }

    /** Lookups remembered so far. */
    int remembered() {
        return answers.size();
    }
}
