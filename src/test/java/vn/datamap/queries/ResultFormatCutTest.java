package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A named query's answer stopped by its time limit: after part of it went out, it ends with the
 * marker; before anything went out, nothing is kept and the cancellation goes on (the caller
 * answers 503). Rows are made up; the engine's cancellation is simulated after a number of rows.
 */
class ResultFormatCutTest {
    private static final Var DATABASE = Var.alloc("database");

    /** Rows that stop, as a cancelled query's do, after {@code count}. */
    private static RowSet stoppingAfter(int count) {
        Iterator<Binding> rows = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == count) {
                    throw new QueryCancelledException();
                }
                return true;
            }

            @Override
            public Binding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return BindingFactory.binding(DATABASE, NodeFactory.createURI("https://example.org/dataset/db-" + given));
            }
        };
        return RowSetStream.create(List.of(DATABASE), rows);
    }

    private static MockHttpServletResponse response() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(8192); // as a servlet container's: past it, the answer is committed
        return response;
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void anAnswerCutAfterItBeganEndsWithTheMarker(ResultFormat format) throws Exception {
        MockHttpServletResponse response = response();

        boolean complete = format.write(stoppingAfter(20_000), response);

        assertThat(complete).isFalse();
        assertThat(response.isCommitted()).isTrue();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("https://example.org/dataset/db-1").endsWith(ResultFormat.CUT_MARKER);
        assertThat(body).contains("KHÔNG đầy đủ").contains("INCOMPLETE");
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void anAnswerStoppedBeforeAnythingWentOutIsDiscarded(ResultFormat format) {
        MockHttpServletResponse response = response();

        assertThatThrownBy(() -> format.write(stoppingAfter(10), response)).isInstanceOf(QueryCancelledException.class);

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void aCompleteAnswerHasNoMarker(ResultFormat format) throws Exception {
        MockHttpServletResponse response = response();
        RowSet rows = RowSetStream.create(List.of(DATABASE), List.of(
                BindingFactory.binding(DATABASE, NodeFactory.createURI("https://example.org/dataset/only"))).iterator());

        assertThat(format.write(rows, response)).isTrue();

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("https://example.org/dataset/only")
                .doesNotContain("INCOMPLETE");
    }
}
