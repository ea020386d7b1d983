package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.queries.NamedQueryClient.DAY;
import static vn.datamap.queries.NamedQueryClient.ids;
import static vn.datamap.queries.NamedQueryClient.number;
import static vn.datamap.queries.NamedQueryClient.rowWith;
import static vn.datamap.queries.NamedQueryClient.text;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.support.TestServer;

/**
 * Databases by kind, sector, owner, dependency and keyword: {@code databases-by-kind},
 * {@code databases-by-sector}, {@code databases-by-agency}, {@code national-database-dependents},
 * {@code databases-by-keyword}.
 *
 * <p>Expectations come from elsewhere: the facts of the demo README and the reference data (63
 * provinces in 2023, 34 today; who succeeded whom), or a separate, plainer SPARQL on
 * {@code /sparql}, never from the query's own text. Date-dependent queries are pinned to
 * {@value NamedQueryClient#DAY}.
 */
class DatabaseQueriesTest {
    private static NamedQueryClient client;

    @BeforeAll
    static void start() {
        client = new NamedQueryClient(TestServer.shared());
    }

    @Test
    void databasesByKindCountEveryKindWithItsBroaderKind() {
        Map<String, Long> expected = client.counts("""
                SELECT ?key (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database ; dm:databaseKind/skos:notation ?key } GROUP BY ?key""");
        List<Binding> rows = client.rows("databases-by-kind");
        assertThat(rows).hasSize(6);
        for (Binding row : rows) {
            assertThat(number(row, "databases")).as(text(row, "code")).isEqualTo(expected.getOrDefault(text(row, "code"), 0L));
        }
        Binding local = rows.stream().filter(r -> text(r, "code").equals("local-shared")).findFirst().orElseThrow();
        assertThat(number(local, "databases")).as("demo README").isEqualTo(41);
        assertThat(text(local, "broader")).endsWith("concept/database-kind/shared");
        assertThat(text(local, "legalNumber")).isEqualTo("2c");
        assertThat(text(local, "broaderLabelEn")).isNotBlank();
        assertThat(rows.stream().map(r -> text(r, "legalNumber")).toList()).containsExactly("1", "2", "2a", "2b", "2c", "3");

        Map<String, Long> laoCai = client.counts("""
                SELECT ?key (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database ; dm:databaseKind/skos:notation ?key ;
                  dct:publisher/dct:identifier ?filer . FILTER(?filer IN ("vn34-lao-cai", "vn63-yen-bai")) } GROUP BY ?key""");
        List<Binding> filtered = client.rows("databases-by-kind", "agency", "vn34-lao-cai");
        long total = 0;
        for (Binding row : filtered) {
            assertThat(number(row, "databases")).as(text(row, "code")).isEqualTo(laoCai.getOrDefault(text(row, "code"), 0L));
            total += number(row, "databases");
        }
        assertThat(total).as("6 own + 5 of Yen Bai (demo README)").isEqualTo(11);
    }

    @Test
    void databasesBySectorCoverEverySector() {
        Map<String, Long> expected = client.counts("""
                SELECT ?key (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database ; dm:sector/skos:notation ?key } GROUP BY ?key""");
        Map<String, Long> open = client.counts("""
                SELECT ?key (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database ; dm:sector/skos:notation ?key ;
                  dm:accessLevel/skos:notation "open" } GROUP BY ?key""");
        List<Binding> rows = client.rows("databases-by-sector");
        assertThat(rows).as("all 22 sectors").hasSize(22);
        for (Binding row : rows) {
            String code = text(row, "code");
            assertThat(number(row, "databases")).as(code).isEqualTo(expected.getOrDefault(code, 0L));
            assertThat(number(row, "open")).as(code).isEqualTo(open.getOrDefault(code, 0L));
            assertThat(number(row, "open") + number(row, "shared") + number(row, "internal")).isEqualTo(number(row, "databases"));
        }
        long demo = client.rows("databases-by-sector", "agency", "vn63-ha-giang").stream().mapToLong(r -> number(r, "databases")).sum();
        assertThat(demo).isEqualTo(6);
    }

    @Test
    void databasesByAgencyCountWhatEachOwnerHoldsToday() {
        List<Binding> provinces = client.rows("databases-by-agency", "today", DAY, "kind", "province");
        assertThat(ids(provinces, "owner", "agency/")).containsExactlyInAnyOrder("vn34-lao-cai", "vn34-tuyen-quang");
        Binding laoCai = rowWith(provinces, "owner", "agency/vn34-lao-cai");
        assertThat(number(laoCai, "databases")).isEqualTo(11);
        assertThat(number(laoCai, "catalogues")).isEqualTo(2);
        assertThat(number(laoCai, "milestones")).as("21 + 18").isEqualTo(39);
        assertThat(number(laoCai, "overdue")).as("3 + 1").isEqualTo(4);
        Binding tuyenQuang = rowWith(provinces, "owner", "agency/vn34-tuyen-quang");
        assertThat(number(tuyenQuang, "overdue")).as("Ha Giang's 9").isEqualTo(9);
        List<Binding> all = client.rows("databases-by-agency", "today", DAY);
        long databases = client.count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database }");
        assertThat(all.stream().mapToLong(r -> number(r, "databases")).sum()).as("each database has one owner").isEqualTo(databases);
        assertThat(all.stream().mapToLong(r -> number(r, "overdue")).sum()).isEqualTo(145);
        assertThat(ids(all, "owner", "agency/")).doesNotContain("mic", "monre", "vn63-ha-giang", "vss");
    }

    @Test
    void dependentsOfNationalDatabases() {
        List<Binding> rows = client.rows("national-database-dependents");
        assertThat(ids(rows, "dependent", "dataset/")).as("126 databases draw on national ones (demo README)").hasSize(126);
        assertThat(ids(rows, "national", "dataset/")).allMatch(id -> id.startsWith("ndb-"));
        List<Node> expected = client.column("SELECT ?d WHERE { ?d dm:dependsOn <" + client.iri("dataset/ndb-population") + "> }");
        List<Binding> population = client.rows("national-database-dependents", "database", "ndb-population");
        assertThat(population).hasSize(expected.size());
        assertThat(population.stream().map(r -> r.get("dependent")).toList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(population, "owner", "agency/")).doesNotContain("mic", "monre", "mot", "molisa", "vss", "mof-pre2025",
                "vn63-ha-giang", "vn63-binh-duong", "vn63-yen-bai");
    }

    @Test
    void databasesByKeywordFindTextInEitherLanguage() {
        List<Node> expected = client.column("""
                SELECT DISTINCT ?d WHERE { ?d a dm:Database . { ?d dct:title ?t } UNION { ?d dct:description ?t }
                  UNION { ?d dcat:keyword ?t } FILTER(REGEX(STR(?t), "tourism", "i")) }""");
        List<Binding> rows = client.rows("databases-by-keyword", "text", "TOURISM");
        assertThat(expected).isNotEmpty();
        assertThat(rows.stream().map(r -> r.get("database")).toList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(client.rows("databases-by-keyword", "text", "du lịch"), "database", "dataset/")).contains("csdl-0154");
    }
}
