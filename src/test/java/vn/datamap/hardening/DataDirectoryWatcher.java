package vn.datamap.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Polls a server's data directory every millisecond or so and records when each part of the
 * store first moves: the TDB2 files of the map ({@code store/}), its Lucene index
 * ({@code text/}) and the revision log ({@code system/}), journals included. Kills the server
 * the moment the awaited {@link SubmissionEvent} is seen, from its own thread, so that no
 * scheduling stands between seeing and killing; or a given time after the body starts to go out.
 * Times are milliseconds since the watcher was made.
 */
final class DataDirectoryWatcher implements Runnable {
    private static final List<String> AREAS = List.of("store", "text", "system");

    private final Path data;
    private final Process process;
    private final long start = System.nanoTime();
    private final Map<Path, List<Long>> baseline;
    private final long fullJournal;
    private final SubmissionEvent killOn;
    private final long killAfterMs;
    private final Map<SubmissionEvent, Long> seen = new ConcurrentHashMap<>();
    private volatile long longestStoreJournal;
    private volatile long killedAtMs = -1;
    private volatile boolean stop;
    private boolean systemJournalUsed;
    private boolean storeJournalUsed;
    private Thread thread;

    /**
     * @param fullJournal store journal length at which {@link SubmissionEvent#STORE_JOURNAL_FULL} is seen
     * @param killOn      the event that kills the server, or null
     * @param killAfterMs kill this long after {@link SubmissionEvent#BODY_SENDING}, or -1
     */
    DataDirectoryWatcher(Path data, Process process, long fullJournal, SubmissionEvent killOn, long killAfterMs) {
        this.data = data;
        this.process = process;
        this.fullJournal = fullJournal;
        this.killOn = killOn;
        this.killAfterMs = killAfterMs;
        this.baseline = files();
    }

    /** Starts watching on a daemon thread. */
    void start() {
        thread = new Thread(this, "data-dir-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching and waits up to 5 s for the thread to end. */
    void stop() throws InterruptedException {
        stop = true;
        thread.join(5000);
    }

    /** Records an event seen elsewhere (the body going out, the answer); the first time counts. */
    void mark(SubmissionEvent event) {
        seen.putIfAbsent(event, elapsed());
    }

    /** Kills the server now, unless it has been killed already. */
    synchronized void killNow() {
        if (killedAtMs < 0) {
            process.destroyForcibly();
            killedAtMs = elapsed();
        }
    }

    Map<SubmissionEvent, Long> seen() {
        return Map.copyOf(seen);
    }

    long killedAtMs() {
        return killedAtMs;
    }

    long longestStoreJournal() {
        return longestStoreJournal;
    }

    @Override
    public void run() {
        while (!stop && process.isAlive()) {
            Map<Path, List<Long>> now = files();
            area(now, "store", SubmissionEvent.STORE_WRITING);
            area(now, "text", SubmissionEvent.TEXT_WRITING);
            area(now, "system", SubmissionEvent.REVISION_WRITING);
            long system = journal(now, "system");
            long store = journal(now, "store");
            systemJournalUsed |= system > 0;
            if (systemJournalUsed && system == 0) {
                mark(SubmissionEvent.REVISION_COMMITTED);
            }
            if (store > 0) {
                storeJournalUsed = true;
                mark(SubmissionEvent.STORE_COMMITTING);
                longestStoreJournal = Math.max(longestStoreJournal, store);
            }
            if (store >= fullJournal) {
                mark(SubmissionEvent.STORE_JOURNAL_FULL);
            }
            if (storeJournalUsed && store == 0) {
                mark(SubmissionEvent.STORE_COMMITTED);
            }
            if (killDue()) {
                killNow();
            }
            Thread.onSpinWait();
        }
    }

    private boolean killDue() {
        return (killOn != null && killOn != SubmissionEvent.RESPONSE && seen.containsKey(killOn))
                || (killAfterMs >= 0 && seen.containsKey(SubmissionEvent.BODY_SENDING)
                        && elapsed() - seen.get(SubmissionEvent.BODY_SENDING) >= killAfterMs);
    }

    /** Marks {@code event} when any file under {@code dir}, lock files aside, differs from the baseline. */
    private void area(Map<Path, List<Long>> now, String dir, SubmissionEvent event) {
        for (Map.Entry<Path, List<Long>> e : now.entrySet()) {
            if (e.getKey().startsWith(data.resolve(dir)) && !e.getKey().getFileName().toString().endsWith(".lock")
                    && !e.getValue().equals(baseline.get(e.getKey()))) {
                mark(event);
                return;
            }
        }
    }

    /** The length of the TDB2 journals under {@code dir}. */
    private long journal(Map<Path, List<Long>> now, String dir) {
        return now.entrySet().stream().filter(e -> e.getKey().startsWith(data.resolve(dir))
                && e.getKey().getFileName().toString().equals("journal.jrnl")).mapToLong(e -> e.getValue().get(0)).sum();
    }

    /** Size and modification time of every file under store/, text/ and system/. */
    private Map<Path, List<Long>> files() {
        Map<Path, List<Long>> all = new HashMap<>();
        for (String dir : AREAS) {
            try (Stream<Path> walk = Files.walk(data.resolve(dir))) {
                walk.forEach(p -> {
                    try {
                        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                        if (attrs.isRegularFile()) {
                            all.put(p, List.of(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                        }
                    } catch (IOException gone) {
                        // A Lucene file deleted between listing and reading: the next round sees it.
                    }
                });
            } catch (IOException | UncheckedIOException gone) {
                // A folder changing under the walk: the next round sees it.
            }
        }
        return all;
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
