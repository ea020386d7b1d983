package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base URI is fixed at the first start of a data directory. */
class BaseUriRecordTest {
    @TempDir
    Path dir;

    @Test
    void sameBaseStartsAgain() {
        BaseUriRecord.check(dir, "http://a.test/");
        assertThatCode(() -> BaseUriRecord.check(dir, "http://a.test/")).doesNotThrowAnyException();
    }

    @Test
    void anotherBaseIsRefusedWithBothNamed() {
        BaseUriRecord.check(dir, "http://a.test/");
        assertThatThrownBy(() -> BaseUriRecord.check(dir, "http://b.test/"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("http://a.test/")
                .hasMessageContaining("http://b.test/");
    }
}
