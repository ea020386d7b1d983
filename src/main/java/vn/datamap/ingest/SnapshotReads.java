package vn.datamap.ingest;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;

/**
 * Reads of the store on another thread, from the snapshot a caller is reading on its own, so
 * that a submission is checked on two cores (and other work of the caller's done beside it).
 * TDB2 binds a transaction to its thread, so the other thread opens a read of its own, and its
 * answer is used only when that read sees the same generation of the map as the caller's. When
 * every helper thread is busy, or a write committed in between, the caller does the work itself,
 * in its own read: the answer is always that of the caller's snapshot.
 */
public final class SnapshotReads implements AutoCloseable {
    /** The start of the helper threads' names, for thread dumps and the benchmark's stack samples. */
    public static final String THREAD_PREFIX = "datamap-snapshot-read-";

    private final Store store;
    private final ThreadPoolExecutor helpers;

    SnapshotReads(Store store, int threads) {
        this.store = store;
        AtomicInteger count = new AtomicInteger();
        // No queue: work that finds no idle helper is done by the caller at once, not later.
        this.helpers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, THREAD_PREFIX + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        helpers.allowCoreThreadTimeOut(true);
    }

    /** One helper thread per core beyond the caller's. */
    static SnapshotReads forThisMachine(Store store) {
        return new SnapshotReads(store, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** Starts {@code work} beside a caller that is reading {@code reader}'s snapshot. */
    <T> Pending<T> start(StoreReader reader, Function<StoreReader, T> work) {
        long generation = reader.state().generation();
        return new Pending<>(submit(() -> store.read(r -> r.state().generation() == generation
                ? Optional.ofNullable(work.apply(r)) : Optional.<T>empty())), work);
    }

    /**
     * Starts {@code work}, which reads nothing of the store, beside the caller (encoding a
     * revision's snapshot while the write runs); its {@link Pending#get} takes any reader, or null.
     */
    <T> Pending<T> compute(Supplier<T> work) {
        return new Pending<>(submit(() -> Optional.ofNullable(work.get())), r -> work.get());
    }

    private <T> Future<Optional<T>> submit(Callable<Optional<T>> work) {
        try {
            return helpers.submit(work);
        } catch (RejectedExecutionException busy) {
            return null;
        }
    }

    /** The answer of work started beside the caller. */
    static final class Pending<T> {
        private final Future<Optional<T>> future;
        private final Function<StoreReader, T> work;

        private Pending(Future<Optional<T>> future, Function<StoreReader, T> work) {
            this.future = future;
            this.work = work;
        }

        /** Whether the work runs on a helper thread (false: {@link #get} will do it). */
        boolean started() {
            return future != null;
        }

        /**
         * The answer as of the caller's snapshot: the helper's when it read that snapshot, else
         * worked out now through the caller's {@code reader}. A failure of the work is thrown here.
         */
        T get(StoreReader reader) {
            if (future == null) {
                return work.apply(reader);
            }
            try {
                Optional<T> answer = future.get();
                return answer.isPresent() ? answer.get() : work.apply(reader);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return work.apply(reader);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        helpers.shutdownNow();
    }
}
