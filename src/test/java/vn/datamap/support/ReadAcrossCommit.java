package vn.datamap.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vn.datamap.store.Store;
import vn.datamap.store.StoreReader;

/**
 * What a read caught across a commit sees, without timing luck: a read of the store is opened
 * and held on another thread, the commit runs, and only then does the read do its work.
 */
public final class ReadAcrossCommit {
    private static final long WAIT_SECONDS = 30;

    private ReadAcrossCommit() {
    }

    /** Opens a read, runs {@code commit} while it is held, then answers what {@code inRead} finds in that read. */
    public static <T> T run(Store store, Runnable commit, Function<StoreReader, T> inRead) throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        CompletableFuture<T> held = CompletableFuture.supplyAsync(() -> store.read(reader -> {
            opened.countDown();
            await(committed, "the commit did not end");
            return inRead.apply(reader);
        }));
        await(opened, "the read did not open");
        try {
            commit.run();
        } finally {
            committed.countDown();
        }
        return held.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch, String otherwise) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(otherwise + " within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
