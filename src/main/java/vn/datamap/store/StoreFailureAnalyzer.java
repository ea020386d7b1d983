package vn.datamap.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failures of the store are reported to the operator as one plain message and a remedy. */
public class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check DATAMAP_DATA_DIR and DATAMAP_BASE_URI (see the configuration table in README.md).", cause);
    }
}
