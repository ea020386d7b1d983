package vn.datamap.hardening;

/**
 * Where {@link CrashRecoveryIT} kills the server during a submission, and the event that
 * triggers the kill. The first point (a completed submission) also times the others
 * ({@link KillTiming}); {@link #CHECKING} has no event of its own and is reached by a delay.
 */
enum KillPoint {
    AFTER_RESPONSE("after the 200 answer", SubmissionEvent.RESPONSE),
    AT_SEND("as the body starts to go out", SubmissionEvent.BODY_SENDING),
    CHECKING("half-way to the first store write (parsing, validating)", null),
    STORE_WRITING("store files changing: write transaction open", SubmissionEvent.STORE_WRITING),
    TEXT_WRITING("Lucene files changing inside the transaction", SubmissionEvent.TEXT_WRITING),
    REVISION_COMMITTED("revision log committed, store not yet", SubmissionEvent.REVISION_COMMITTED),
    STORE_COMMITTING("store journal being written: commit under way", SubmissionEvent.STORE_COMMITTING),
    STORE_JOURNAL_FULL("store journal as long as a whole commit's", SubmissionEvent.STORE_JOURNAL_FULL);

    final String aim;
    final SubmissionEvent trigger;

    KillPoint(String aim, SubmissionEvent trigger) {
        this.aim = aim;
        this.trigger = trigger;
    }

    /** Whether a kill here comes before the write transaction can commit, so the submission must not be live. */
    boolean beforeCommit() {
        return this == AT_SEND || this == CHECKING || this == STORE_WRITING || this == TEXT_WRITING;
    }
}
