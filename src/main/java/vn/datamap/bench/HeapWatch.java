package vn.datamap.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap of this JVM (where the benchmark runs the server) around one piece of work: the live
 * heap after a full GC before and after, and the most heap still in use after any collection
 * during the work — an upper bound of what the work kept alive while it ran. A streaming export
 * keeps that peak near the "before" figure whatever the size; one that builds its answer in
 * memory raises it with the size.
 */
final class HeapWatch implements AutoCloseable {
    private static final double MIB = 1024 * 1024;
    private final long before;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();
    private long after = -1;

    private HeapWatch() {
        before = liveHeap();
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peak.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    /** Heap in use after two full collections. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        if (after >= 0) {
            return;
        }
        removals.forEach(Runnable::run);
        after = liveHeap();
    }

    /** "live before / peak after GC during / live after" in MiB, for a note. */
    String summary() {
        return String.format(Locale.ROOT, "heap MiB: live before %.0f, peak in use after a GC during %s, live after %.0f",
                before / MIB, collections.get() == 0 ? "n/a (no GC)" : String.format(Locale.ROOT, "%.0f (%d GCs)",
                        peak.get() / MIB, collections.get()), after / MIB);
    }

    /** Growth of the peak over the live heap before, in MiB (0 when no collection ran). */
    double growthMiB() {
        return collections.get() == 0 ? 0 : Math.max(0, peak.get() - before) / MIB;
    }
}
