package vn.datamap.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.datamap.vocab.Minted;

/**
 * The embedded store: one TDB2 dataset opened from the dataset description. Writers are
 * serialised; readers run in parallel on MVCC snapshots and see only public graphs.
 */
public final class TdbStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    private final DatasetGraph dsg;
    private final GraphRegistry registry;
    private final PublicGraphFilter filter = new PublicGraphFilter();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile StoreState state;

    private TdbStore(DatasetGraph dsg, Minted minted) {
        this.dsg = dsg;
        this.registry = new GraphRegistry(minted.systemGraph());
        Txn.executeRead(dsg, this::refresh);
    }

    /** Opens (or creates) the store under {@code dataDir/store}. */
    public static TdbStore open(Path dataDir, Minted minted, DatasetDescription description) {
        Path location = dataDir.resolve("store");
        try {
            return new TdbStore(description.open(location), minted);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store at " + location + ": " + e.getMessage(), e);
        }
    }

    /** The raw dataset, for the embedded SPARQL endpoint, which applies {@link #publicQuerySettings()}. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** How a query over {@link #dataset()} is restricted to the public live map. */
    public PublicQuerySettings publicQuerySettings() {
        return new PublicQuerySettings(filter);
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(new TdbReader(dsg, filter, registry)));
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        writeLock.lock();
        try {
            T result;
            boolean changed;
            dsg.begin(TxnType.WRITE);
            try {
                TdbWriter writer = new TdbWriter(dsg, registry, filter);
                result = action.apply(writer);
                changed = writer.changed();
                if (changed) {
                    registry.writeState(dsg, new StoreState(state.generation() + 1,
                            Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                }
                dsg.commit();
            } catch (RuntimeException | Error e) {
                dsg.abort();
                throw e;
            } finally {
                dsg.end();
            }
            if (changed) {
                Txn.executeRead(dsg, this::refresh);
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    private void refresh() {
        registry.load(dsg);
        filter.update(dsg, registry.publicGraphs());
        state = registry.readState(dsg);
    }

    @Override
    public StoreState state() {
        return state;
    }

    @Override
    public Set<Node> publicGraphs() {
        return registry.publicGraphs();
    }

    @Override
    public GraphRecord graphRecord(Node graphName) {
        return registry.get(graphName);
    }

    @Override
    public void close() {
        LOG.info("Closing the TDB2 store");
        TDBInternal.expel(dsg);
    }

    /** Write access: every change goes through here so that the generation knows about it. */
    private static final class TdbWriter implements StoreWriter {
        private final DatasetGraph dsg;
        private final GraphRegistry registry;
        private final PublicGraphFilter filter;
        private boolean changed;

        TdbWriter(DatasetGraph dsg, GraphRegistry registry, PublicGraphFilter filter) {
            this.dsg = dsg;
            this.registry = registry;
            this.filter = filter;
        }

        boolean changed() {
            return changed;
        }

        @Override
        public void replaceGraph(GraphRecord record, Graph content) {
            Node g = record.name();
            dsg.removeGraph(g);
            content.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            registry.put(dsg, record);
            changed = true;
        }

        @Override
        public void removeGraph(Node graphName) {
            dsg.removeGraph(graphName);
            registry.remove(dsg, graphName);
            changed = true;
        }

        @Override
        public Graph graph(Node graphName) {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(graphName).find().forEachRemaining(copy::add);
            return copy;
        }

        @Override
        public StoreReader reader() {
            return new TdbReader(dsg, filter, registry);
        }
    }
}
