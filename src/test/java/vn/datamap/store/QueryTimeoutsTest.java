package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTimeoutsTest {

    @Test
    void firstAndOverallAreReadInMilliseconds() {
        assertThat(QueryTimeouts.parse("X", "10000,30000")).isEqualTo(new QueryTimeouts(10_000, 30_000));
        assertThat(QueryTimeouts.parse("X", " 5000 , 6000 ")).isEqualTo(new QueryTimeouts(5_000, 6_000));
    }

    @Test
    void oneNumberSetsBothAndTheOverallLimitIsNeverShorterThanTheFirst() {
        assertThat(QueryTimeouts.parse("X", "120000")).isEqualTo(new QueryTimeouts(120_000, 120_000));
        assertThat(QueryTimeouts.parse("X", "9000,3000")).isEqualTo(new QueryTimeouts(9_000, 9_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ten", "0", "-1,5", "5,0", "1,2,3", "1.5"})
    void anythingElseStopsTheStartNamingTheSetting(String setting) {
        assertThatThrownBy(() -> QueryTimeouts.parse("DATAMAP_NAMED_QUERY_TIMEOUT", setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATAMAP_NAMED_QUERY_TIMEOUT").hasMessageContaining("\"first,overall\"");
    }
}
