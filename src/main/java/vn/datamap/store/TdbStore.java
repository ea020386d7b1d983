package vn.datamap.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: one TDB2 dataset opened from the dataset description. Writers are
 * serialised; readers run in parallel on MVCC snapshots and see only public graphs.
 */
public final class TdbStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    private final DatasetGraph dsg;
    private final GraphRegistry registry;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Object commitLock = new Object();
    private volatile StoreState state;
    /** Generation of each graph's latest change; replaced (never mutated) at commit, so a reader can keep it. */
    private volatile Map<Node, Long> graphGenerations = Map.of();
    private final long openedAt;
    private final Path dataDir;
    /** What the last clean shutdown recorded as written, or null when there was none to trust. */
    private final Set<Node> writtenBeforeOpen;
    /** The generation at which the revision log was said to agree with every graph; -1 before. */
    private volatile long reconciledAt = -1;
    /** A commit failed (TDB2 or the text index): the next start must check everything. */
    private volatile boolean commitFailed;
    /** Triple counts of the graphs, each kept until its graph is written again (and over a clean shutdown). */
    private final GraphSizes sizes = new GraphSizes();
    private final CommittedNodes committedNodes = new CommittedNodes();

    /** Over an opened dataset; {@code lastShutdown} is what the last clean shutdown left, or null. */
    TdbStore(DatasetGraph dsg, Path dataDir, CleanShutdown.Taken lastShutdown) {
        this.dsg = dsg;
        this.dataDir = dataDir;
        this.writtenBeforeOpen = lastShutdown == null ? null : lastShutdown.written();
        this.registry = new GraphRegistry();
        // The generation only has to differ from every earlier one, across restarts too: it
        // starts from the clock. Readers of an older process's ETags simply fetch again.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        this.state = new StoreState(now.toEpochMilli(), now);
        this.openedAt = state.generation();
        Txn.executeRead(dsg, () -> registry.load(dsg));
        if (lastShutdown != null) {
            sizes.seed(lastShutdown.sizes(), openedAt);
        }
    }

    /**
     * Opens (or creates) the store under {@code dataDir/store}, with its text index under
     * {@code dataDir/text}. Every write goes through the text-indexed dataset, so the index
     * changes in the same transaction as the store.
     */
    public static TdbStore open(Path dataDir, DatasetDescription description) {
        Path location = dataDir.resolve("store");
        // Read (and removed) before TDB2 touches the files the record's fingerprint covers.
        CleanShutdown.Taken lastShutdown = CleanShutdown.take(dataDir);
        try {
            return new TdbStore(description.open(location, dataDir.resolve("text")), dataDir, lastShutdown);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store at " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * The raw dataset (the TDB2 store wrapped by its text index), for the embedded SPARQL
     * endpoint, which applies {@link PublicQuerySettings}, and for the upkeep of the text index.
     */
    public DatasetGraph dataset() {
        return dsg;
    }

    @Override
    public <T> T read(Function<StoreReader, T> action) {
        StoreState seen;
        Map<Node, GraphRecord> graphs;
        Map<Node, Long> generations;
        // A reader's snapshot and the generation it reports must belong together: a commit and
        // the move of the generation happen under the same lock as the start of a read.
        synchronized (commitLock) {
            dsg.begin(TxnType.READ);
            seen = state;
            graphs = registry.snapshot();
            generations = graphGenerations;
        }
        try {
            return action.apply(new TdbReader(dsg, graphs, seen, g -> generations.getOrDefault(g, openedAt), sizes, committedNodes));
        } finally {
            dsg.end();
        }
    }

    @Override
    public <T> T write(Function<StoreWriter, T> action) {
        writeLock.lock();
        try {
            T result;
            TdbWriter writer = new TdbWriter(dsg, state, this::graphGeneration);
            boolean outcomeUnknown = false;
            dsg.begin(TxnType.WRITE);
            try {
                result = action.apply(writer);
                boolean changed = writer.changed();
                Map<Node, GraphRecord> graphs = changed ? registry.updated(dsg, writer.touched()) : null;
                synchronized (commitLock) {
                    try {
                        dsg.commit();
                    } catch (RuntimeException | Error e) {
                        // TDB2 may have committed and the text index not: only a full check at start can tell.
                        commitFailed = true;
                        outcomeUnknown = changed;
                        throw e;
                    }
                    if (changed) {
                        moveOn(writer.touched(), graphs);
                    }
                }
            } catch (RuntimeException | Error e) {
                try {
                    dsg.abort();
                } catch (RuntimeException afterFailedCommit) {
                    e.addSuppressed(afterFailedCommit); // the transaction a failed commit left behind
                }
                throw e;
            } finally {
                dsg.end();
                if (outcomeUnknown) {
                    moveOnAfterFailedCommit(writer.touched());
                }
            }
            // Committed: the bookkeeping follows, still before any other write.
            writer.committed();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Whatever a failed commit left in the store, readers must not be answered from what was known
     * before it: a new generation, with the touched graphs' registry read from what is there.
     */
    private void moveOnAfterFailedCommit(Set<Node> touched) {
        try {
            synchronized (commitLock) {
                moveOn(touched, Txn.calculateRead(dsg, () -> registry.updated(dsg, touched)));
            }
        } catch (RuntimeException e) {
            // The commit's own failure is what the caller gets; the next start checks everything.
            LOG.error("After a failed commit the store could not be read again: {}", e.toString());
        }
    }

    /** A new generation for the graphs a write touched, with the registry as it left them (under the commit lock). */
    private void moveOn(Set<Node> touched, Map<Node, GraphRecord> graphs) {
        long next = state.generation() + 1;
        Map<Node, Long> moved = new HashMap<>(graphGenerations);
        touched.forEach(g -> moved.put(g, next));
        graphGenerations = Map.copyOf(moved);
        state = new StoreState(next, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        registry.set(graphs);
    }

    @Override
    public StoreState state() {
        return state;
    }

    @Override
    public long graphGeneration(Node graphName) {
        return graphGenerations.getOrDefault(graphName, openedAt);
    }

    @Override
    public Set<Node> graphs() {
        return registry.names();
    }

    @Override
    public GraphRecord graphRecord(Node graphName) {
        return registry.get(graphName);
    }

    @Override
    public Set<Node> writtenSinceCleanShutdown() {
        if (writtenBeforeOpen == null) {
            return null;
        }
        Set<Node> written = new HashSet<>(writtenBeforeOpen);
        written.addAll(graphGenerations.keySet());
        return Set.copyOf(written);
    }

    /**
     * Whether this start follows a clean shutdown and the files are as it left them: the text
     * index is then as in step with the store as the last run kept it.
     */
    public boolean openedAfterCleanShutdown() {
        return writtenBeforeOpen != null;
    }

    @Override
    public void reconciled() {
        reconciledAt = state.generation();
    }

    /**
     * Closes the store; then, when the revision log was reconciled at the start, records the graphs
     * written after that for the next start (or, without a reconcile, carries on the list the last
     * clean shutdown left, with this run's writes).
     */
    @Override
    public void close() {
        // A write under way finishes first, and none starts after: the list below is then complete.
        writeLock.lock();
        try {
            long agreedAt = reconciledAt;
            Set<Node> toCompare = agreedAt < 0 ? writtenSinceCleanShutdown() : graphGenerations.entrySet().stream()
                    .filter(e -> e.getValue() > agreedAt).map(Map.Entry::getKey).collect(Collectors.toSet());
            closeDataset();
            if (commitFailed) {
                LOG.warn("A commit failed while the store was open: the next start checks every catalogue and the text index");
            } else if (toCompare != null) {
                CleanShutdown.record(dataDir, toCompare, sizes.current(this::graphGeneration));
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void closeDataset() {
        LOG.info("Closing the TDB2 store");
        DatasetGraph tdb = tdb2Under(dsg);
        if (tdb != dsg) {
            dsg.close(); // the text index: releases its Lucene files
        }
        TDBInternal.expel(tdb);
    }

    /** The TDB2 dataset under wrappers such as the text index's, or the innermost dataset when there is none. */
    static DatasetGraph tdb2Under(DatasetGraph dsg) {
        DatasetGraph tdb = dsg;
        while (!TDBInternal.isTDB2(tdb) && tdb instanceof DatasetGraphWrapper wrapper) {
            tdb = wrapper.getWrapped();
        }
        return tdb;
    }
}
