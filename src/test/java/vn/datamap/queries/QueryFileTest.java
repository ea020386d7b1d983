package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file of the library reads: SPARQL 1.1 SELECT, titles and descriptions in both languages, declared parameters used. */
class QueryFileTest {
    private static final Path ROOT = Path.of("src/main/resources/datamap/named-queries");
    private static final String BODY = "SELECT ?x WHERE { ?x ?p ?today }\n";
    private static final String HEADER = """
            #+ title.vi: Tiêu đề
            #+ title.en: Title
            #+ description.vi: Mô tả
            #+ description.en: Description
            """;

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyLibraryFileIsACompleteNamedQuery(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        NamedQuery query = QueryFile.read(name, Files.readString(file));
        assertThat(query.query().isSelectType()).isTrue();
        assertThat(query.title().vi()).isNotBlank().isNotEqualTo(query.title().en());
        assertThat(query.title().en()).isNotBlank();
        assertThat(query.description().vi()).isNotBlank();
        assertThat(query.description().en()).isNotBlank();
        assertThat(query.sparql()).doesNotContain("#+").contains("SELECT");
        for (QueryParameter p : query.parameters()) {
            assertThat(p.description().vi()).as("%s: description.vi of %s", name, p.name()).isNotEqualTo(p.name());
            assertThat(p.description().en()).as("%s: description.en of %s", name, p.name()).isNotEqualTo(p.name());
        }
        query.columns().forEach((column, title) -> {
            assertThat(query.query().getResultVars()).as("%s: titled column", name).contains(column);
            assertThat(title.vi()).isNotBlank();
            assertThat(title.en()).isNotBlank();
        });
    }

    @Test
    void formHelpersParseAndSayWhatTheyAreFor() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("form"))) {
            List<Path> helpers = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertThat(helpers).isNotEmpty();
            for (Path helper : helpers) {
                String text = Files.readString(helper);
                assertThat(text).as(helper.toString()).startsWith("#").doesNotContain("#+");
                assertThat(QueryFactory.create(text, Syntax.syntaxSPARQL_11)).isNotNull();
            }
        }
    }

    @Test
    void readsParameterAttributesWithQuotedValues() {
        NamedQuery query = QueryFile.read("q", HEADER
                + "#+ param: today type=date default=today description.vi=\"Ngày \\\"tính\\\"\" description.en=\"The day\"\n"
                + "#+ param: x type=choice values=a|b required=false description.vi=x1 description.en=x2\n"
                + "#+ column: x vi=\"Cột x\" en=\"Column x\"\n" + BODY);
        QueryParameter today = query.parameter("today");
        assertThat(today.type()).isEqualTo(ParameterType.DATE);
        assertThat(today.required()).isFalse();
        assertThat(today.defaultValue()).isEqualTo("today");
        assertThat(today.description()).isEqualTo(new Bilingual("Ngày \"tính\"", "The day"));
        assertThat(query.parameter("x").values()).containsExactly("a", "b");
        assertThat(query.columnTitle("x", Locale.ENGLISH)).isEqualTo("Column x");
        assertThat(query.sparql()).isEqualTo(BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "#+ param: nope type=date\n",
        "#+ param: today type=colour\n",
        "#+ param: today type=concept\n",
        "#+ param: today type=choice\n",
        "#+ param: today type=date colour=red\n",
        "#+ param: format type=string\n",
        "#+ param: today type=date\n#+ param: today type=date\n",
        "#+ subtitle: x\n"})
    void refusesABadHeader(String line) {
        assertThatThrownBy(() -> QueryFile.read("bad", HEADER + line + BODY)).isInstanceOf(QueryDefinitionException.class)
                .hasMessageStartingWith("bad: ");
    }

    @Test
    void refusesAQueryWithoutTitlesOrNotASelect() {
        assertThatThrownBy(() -> QueryFile.read("bad", "#+ title.vi: x\n" + BODY)).isInstanceOf(QueryDefinitionException.class);
        assertThatThrownBy(() -> QueryFile.read("bad", HEADER + "ASK { ?s ?p ?o }")).isInstanceOf(QueryDefinitionException.class);
        assertThatThrownBy(() -> QueryFile.read("bad", HEADER + "SELECT WHERE")).isInstanceOf(QueryDefinitionException.class);
    }
}
