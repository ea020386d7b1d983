package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import vn.datamap.support.TestServer;

/**
 * A results page reads a bounded number of rows and says whether there were more; the SPARQL
 * formats stream every row from the engine; both see the rows a full read sees, in its order.
 */
class BoundedResultsTest {
    private final NamedQueries queries = TestServer.shared().server().context().getBean(NamedQueries.class);

    @Test
    void aBoundedReadTakesTheFirstRowsAndKnowsThereAreMore() {
        NamedQuery query = queries.get("overdue-milestones");
        var binding = queries.bind(query, Map.of()).binding();
        List<Binding> all = queries.run(query, binding).rows();
        assertThat(all).hasSizeGreaterThan(20);

        NamedQueries.Result first = queries.run(query, binding, 10);
        assertThat(first.more()).isTrue();
        assertThat(first.rows()).isEqualTo(all.subList(0, 10));

        NamedQueries.Result whole = queries.run(query, binding, all.size());
        assertThat(whole.more()).isFalse();
        assertThat(whole.rows()).isEqualTo(all);
        assertThat(QueriesController.PAGE_ROWS).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theStreamedRowsAreThoseOfAFullRead() {
        NamedQuery query = queries.get("overdue-milestones");
        var binding = queries.bind(query, Map.of()).binding();
        List<Binding> all = queries.run(query, binding).rows();
        List<Binding> streamed = new java.util.ArrayList<>();
        queries.stream(query, binding, rows -> {
            rows.forEachRemaining(b -> streamed.add(b.detach()));
            return true;
        });
        assertThat(streamed).isEqualTo(all);
    }
}
