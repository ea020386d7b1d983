package vn.datamap.store;

import java.util.Iterator;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only graph: the union of the map's graphs but one, each triple once. Every lookup is
 * one lookup of the quad indexes with the graph left open (TDB2 answers it from the index that
 * starts with what is bound), dropping the quads of the excluded graph and of graphs outside the
 * map; not one lookup per graph, as a union of graph views would make. Valid only inside the
 * read transaction it was made in. Read-only: {@link GraphBase} refuses additions and deletions
 * (AddDeniedException, DeleteDeniedException).
 */
final class UnionWithout extends GraphBase {
    private final DatasetGraph dsg;
    private final Predicate<Node> counted;

    UnionWithout(DatasetGraph dsg, Predicate<Node> counted) {
        this.dsg = dsg;
        this.counted = counted;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Iterator<Quad> quads = dsg.find(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(),
                pattern.getMatchObject());
        Iterator<Triple> triples = Iter.map(Iter.filter(quads, q -> counted.test(q.getGraph())), Quad::asTriple);
        Iterator<Triple> once = Iter.distinct(triples);
        return new NiceIterator<>() {
            @Override
            public boolean hasNext() {
                return once.hasNext();
            }

            @Override
            public Triple next() {
                return once.next();
            }

            @Override
            public void close() {
                Iter.close(quads);
            }
        };
    }
}
