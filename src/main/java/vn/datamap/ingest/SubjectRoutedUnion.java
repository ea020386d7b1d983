package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only union of in-memory graphs, each triple once, that sends a lookup with a known
 * subject only to the graphs holding statements about that subject. SHACL asks the data graph
 * almost only such questions (the types of a node, the values of a property, the superclasses of
 * a class); a plain {@link MultiUnion} asks every one of the map's sixty graphs each time. A
 * lookup with an open subject still goes to every graph. Read-only: {@link GraphBase} refuses
 * additions and deletions.
 */
final class SubjectRoutedUnion extends GraphBase {
    private final Map<Node, List<Graph>> graphsBySubject;
    private final Graph excluded;
    private final MultiUnion everything;

    /**
     * @param graphsBySubject for every subject, the graphs with statements about it (read, not copied)
     * @param parts the graphs of the union
     * @param excluded a graph of {@code graphsBySubject} that is not part of this union, or null
     */
    SubjectRoutedUnion(Map<Node, List<Graph>> graphsBySubject, List<Graph> parts, Graph excluded) {
        this.graphsBySubject = graphsBySubject;
        this.excluded = excluded;
        this.everything = new MultiUnion(parts.iterator());
    }

    /** The graphs of the union, in order. */
    List<Graph> parts() {
        return everything.getSubGraphs();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node subject = pattern.getSubject();
        if (subject == null || !subject.isConcrete()) {
            return everything.find(pattern);
        }
        List<Graph> holding = graphsBySubject.getOrDefault(subject, List.of());
        List<Graph> asked = new ArrayList<>(holding.size());
        for (Graph g : holding) {
            if (g != excluded) {
                asked.add(g);
            }
        }
        if (asked.isEmpty()) {
            return NullIterator.instance();
        }
        if (asked.size() == 1) {
            return asked.get(0).find(pattern);
        }
        Iterator<Triple> all = Iter.flatMap(asked.iterator(), g -> g.find(pattern));
        return WrappedIterator.create(Iter.distinct(all));
    }

    @Override
    protected int graphBaseSize() {
        return everything.size();
    }
}
