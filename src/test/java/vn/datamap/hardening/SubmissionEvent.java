package vn.datamap.hardening;

/**
 * What can be seen of a catalogue submission from outside the server, in the order it happens:
 * the body going out, the data directory's files moving ({@link DataDirectoryWatcher}), the answer.
 */
enum SubmissionEvent {
    BODY_SENDING, BODY_SENT, STORE_WRITING, TEXT_WRITING, REVISION_WRITING, REVISION_COMMITTED,
    STORE_COMMITTING, STORE_JOURNAL_FULL, STORE_COMMITTED, RESPONSE;

    /** The name as the outcome table shows it: {@code store-writing}. */
    String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
