package vn.datamap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every .rq file of the project parses as SPARQL 1.1 and starts with a comment saying what it is for. */
class QueryFilesTest {
    private static final Path ROOT = Path.of("src/main/resources/datamap/queries");

    static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".rq"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/').replaceFirst("\\.rq$", ""))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void parsesAndExplainsItself(String name) {
        Query query = QueryLibrary.get(name);
        assertThat(query).isNotNull();
        assertThat(QueryLibrary.text(name).strip()).as("first line of %s.rq", name).startsWith("#");
    }
}
