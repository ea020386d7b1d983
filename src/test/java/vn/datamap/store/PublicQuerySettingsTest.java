package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

class PublicQuerySettingsTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void theSpillThresholdFollowsTheHeap() {
        assertThat(PublicQuerySettings.spillAfter(GIB)).isEqualTo(32_768);
        assertThat(PublicQuerySettings.spillAfter(6 * GIB)).isEqualTo(688_128);
        // a heap smaller than the reserve still sorts its first rows in memory
        assertThat(PublicQuerySettings.spillAfter(512L * 1024 * 1024)).isEqualTo(10_000);
        assertThat(PublicQuerySettings.spillAfter(900L * 1024 * 1024)).isEqualTo(16_896);
    }

    @Test
    void theServerAppliesTheThresholdOfItsOwnHeapAndTheUnionGraph() {
        long expected = PublicQuerySettings.spillAfter(Runtime.getRuntime().maxMemory());
        assertThat(PublicQuerySettings.INSTANCE.spillAfter()).isEqualTo(expected);

        QueryExecBuilder builder = QueryExec.dataset(DatasetGraphFactory.create()).query("ASK {}");
        try (QueryExec exec = PublicQuerySettings.INSTANCE.apply(builder).build()) {
            assertThat((Object) exec.getContext().get(ARQ.spillToDiskThreshold)).isEqualTo(expected);
            assertThat(exec.getContext().isTrue(TDB2.symUnionDefaultGraph)).isTrue();
        }
    }
}
