package vn.datamap.store;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** The store is healthy when a read transaction opens and sees the public graphs. */
@Component
public class StoreHealthIndicator extends AbstractHealthIndicator {
    private final Store store;

    public StoreHealthIndicator(Store store) {
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long generation = store.read(reader -> reader.state().generation());
        builder.up().withDetail("generation", generation).withDetail("graphs", store.graphs().size());
    }
}
