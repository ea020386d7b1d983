package vn.datamap.hardening;

/**
 * The timings learnt from the uninterrupted submission ({@link KillPoint#AFTER_RESPONSE}) that
 * place the later kills: how long after the body starts to go out the {@link KillPoint#CHECKING}
 * kill comes, and how long a whole commit's store journal is.
 */
record KillTiming(long checkingDelayMs, long fullJournal) {
    /** Before anything has been timed. */
    static final KillTiming UNTIMED = new KillTiming(2000, Long.MAX_VALUE);

    /** Half-way to the first store write of {@code completed}, and its longest store journal. */
    static KillTiming learntFrom(KilledSubmission completed) {
        return new KillTiming(completed.seen().getOrDefault(SubmissionEvent.STORE_WRITING, 4000L) / 2,
                completed.longestStoreJournal());
    }
}
