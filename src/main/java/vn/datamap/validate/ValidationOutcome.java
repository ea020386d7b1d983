package vn.datamap.validate;

import java.util.List;

/** What validation found in one submitted catalogue; accepted when nothing is a violation. */
public record ValidationOutcome(List<Finding> findings) {

    public ValidationOutcome {
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return findings.stream().noneMatch(Finding::isViolation);
    }

    public long violations() {
        return findings.stream().filter(Finding::isViolation).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> "Warning".equals(f.severity())).count();
    }
}
