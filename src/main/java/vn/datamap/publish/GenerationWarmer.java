package vn.datamap.publish;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import vn.datamap.store.Store;

/**
 * Builds what each new store generation serves from a pass over the whole map, in the background,
 * once the map has stayed unchanged for {@link #QUIET_MILLIS}: after the start and after every
 * write, so that the first request does not pay for it. First the {@link CatalogIndex} behind the
 * catalogue pages (2.4 s at 100,000 databases), then the {@link VoidDescription} (its entity
 * count: 1.3–1.6 s at 100,000 databases, 8 s in the first pass after a start). A burst of writes
 * (a bulk load, stewards submitting one after the other) is built once, after its last commit. A
 * request that comes first builds it itself, and one that comes during the build waits for it:
 * each is built once per generation either way. Only the server runs it: the command-line tools
 * serve no pages.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class GenerationWarmer {
    static final long QUIET_MILLIS = 1_000;
    private static final long TICK_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(GenerationWarmer.class);

    private final Store store;
    private final CatalogIndex index;
    private final VoidDescription voidDescription;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "generation-warmer");
        t.setDaemon(true);
        return t;
    });
    private long seen = Long.MIN_VALUE;
    private long seenSince;
    private volatile long[] lastBuild = {Long.MIN_VALUE, -1};

    public GenerationWarmer(Store store, CatalogIndex index, VoidDescription voidDescription) {
        this.store = store;
        this.index = index;
        this.voidDescription = voidDescription;
    }

    @PostConstruct
    void start() {
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        ticker.shutdownNow();
        ticker.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** The generation the warmer last built the index of and how long it took (ms); {@code -1} ms before the first. */
    public long[] lastBuild() {
        return lastBuild.clone();
    }

    /** Whether everything this warmer builds is built for {@code generation} (by it or by a request). */
    public boolean hasBuilt(long generation) {
        return index.isKept(generation) && voidDescription.isKept(generation);
    }

    /** Runs on the ticker thread only. */
    private void tick() {
        try {
            long generation = store.state().generation();
            long now = System.nanoTime();
            if (generation != seen) {
                seen = generation;
                seenSince = now;
                return;
            }
            if (now - seenSince < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return;
            }
            if (!index.isKept(generation)) {
                long started = System.nanoTime();
                // A commit may land before the read begins: the index built is that of the reader's generation.
                long built = store.read(reader -> index.current(reader).state().generation());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                lastBuild = new long[] {built, millis};
                log.debug("Catalogue index of generation {} built in the background in {} ms", built, millis);
            }
            if (!voidDescription.isKept(generation)) {
                long started = System.nanoTime();
                voidDescription.describe();
                log.debug("VoID description built in the background in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a store being closed at shutdown ends here too.
            log.warn("Catalogue index or VoID not built in the background: {}", e.toString());
        }
    }
}
