package vn.datamap.ingest;

import java.util.List;
import vn.datamap.validate.Finding;

/**
 * What became of a submission: accepted (a new revision is live), unchanged (nothing to do, no
 * revision), or rejected (the findings say why; nothing changed).
 */
public record SubmissionOutcome(Status status, String agencyId, Revision revision, Revision.Changes changes,
                                List<Finding> findings, long generation) {

    public enum Status { ACCEPTED, UNCHANGED, REJECTED }

    public SubmissionOutcome {
        findings = List.copyOf(findings);
    }

    public long violations() {
        return findings.stream().filter(Finding::isViolation).count();
    }

    public long warnings() {
        return findings.size() - violations();
    }
}
