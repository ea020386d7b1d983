package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.queries.NamedQueryClient.DAY;
import static vn.datamap.queries.NamedQueryClient.ids;
import static vn.datamap.queries.NamedQueryClient.number;
import static vn.datamap.queries.NamedQueryClient.rowWith;
import static vn.datamap.queries.NamedQueryClient.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.support.TestServer;

/**
 * Coverage of the catalogues and the 2025 reorganisation: {@code coverage}, {@code coverage-by-kind},
 * {@code coverage-by-province}, {@code catalogues-of-former-bodies}, {@code reorganisation-2025}.
 *
 * <p>Expectations come from elsewhere: the facts of the demo README and the reference data (63
 * provinces in 2023, 34 today; who succeeded whom), or a separate, plainer SPARQL on
 * {@code /sparql}, never from the query's own text. Date-dependent queries are pinned to
 * {@value NamedQueryClient#DAY}.
 */
class CoverageQueriesTest {
    /** Agencies of today with a catalogue of their own (demo README: current filers). */
    private static final Set<String> OWN = Set.of("mps", "moh", "moet", "moj", "sbv", "go", "mof", "mae", "most",
            "vn34-ha-noi", "vn34-ho-chi-minh", "vn34-da-nang", "vn34-lao-cai");
    /** Catalogues of bodies that no longer exist and who stands for them today (demo README, first successor). */
    private static final Map<String, String> FORMER = Map.of("vss", "mof", "mic", "most", "monre", "mae", "mot", "moc",
            "molisa", "moha", "mof-pre2025", "mof", "vn63-ha-giang", "vn34-tuyen-quang",
            "vn63-binh-duong", "vn34-ho-chi-minh", "vn63-yen-bai", "vn34-lao-cai");
    private static NamedQueryClient client;

    @BeforeAll
    static void start() {
        client = new NamedQueryClient(TestServer.shared());
    }

    @Test
    void coverageCountsCataloguesOfFormerBodiesForTheirSuccessor() {
        List<Binding> rows = client.rows("coverage", "today", DAY);
        Set<String> covered = new HashSet<>(OWN);
        covered.addAll(FORMER.values());
        Set<String> withCatalogue = new HashSet<>();
        rows.stream().filter(r -> text(r, "hasCatalogue").equals("true"))
                .forEach(r -> withCatalogue.addAll(ids(List.of(r), "agency", "agency/")));
        assertThat(withCatalogue).isEqualTo(covered);
        long existing = client.count("""
                SELECT (COUNT(?a) AS ?n) WHERE { ?a a dm:Agency ; dm:agencyKind/skos:notation ?k .
                  FILTER(?k != "government") FILTER NOT EXISTS { ?a dm:validUntil ?u } }""");
        assertThat(rows).as("every agency that exists today, once").hasSize((int) existing);
        assertThat(text(rowWith(rows, "agency", "agency/moha"), "ownCatalogue")).as("MOLISA's catalogue").isEqualTo("false");
        assertThat(text(rowWith(rows, "agency", "agency/mof"), "catalogues")).as("mof, mof-pre2025, vss").isEqualTo("3");
        assertThat(ids(rows, "agency", "agency/")).doesNotContain("vn63-ha-giang", "mic", "government");
        List<Binding> provinces = client.rows("coverage", "today", DAY, "kind", "province");
        assertThat(ids(provinces, "agency", "agency/")).hasSize(25).contains("vn34-tuyen-quang", "vn34-lao-cai");
        List<Binding> in2024 = client.rows("coverage", "today", "2024-06-01", "kind", "ministry");
        assertThat(ids(in2024.stream().filter(r -> text(r, "hasCatalogue").equals("true")).toList(), "agency", "agency/"))
                .as("before the mergers each filer covers itself")
                .containsExactlyInAnyOrder("mps", "moh", "moet", "moj", "mic", "monre", "mot", "molisa", "mof-pre2025");
    }

    @Test
    void coverageByKindGivesTheShareAgainstTheTarget() {
        Map<String, Long> agencies = client.counts("""
                SELECT ?key (COUNT(?a) AS ?n) WHERE { ?a a dm:Agency ; dm:agencyKind/skos:notation ?key .
                  FILTER NOT EXISTS { ?a dm:validUntil ?u } } GROUP BY ?key""");
        Map<String, Long> covered = Map.of("ministry", 9L, "ministerial-agency", 2L, "government-agency", 0L,
                "province", 2L, "city", 3L);
        List<Binding> rows = client.rows("coverage-by-kind", "today", DAY);
        assertThat(rows).hasSize(6);
        long all = 0;
        for (Binding row : rows) {
            String kind = text(row, "kindCode");
            if (kind.equals("all")) {
                continue;
            }
            assertThat(number(row, "agencies")).as(kind).isEqualTo(agencies.get(kind));
            assertThat(number(row, "withCatalogue")).as(kind).isEqualTo(covered.get(kind));
            assertThat(number(row, "withoutCatalogue")).isEqualTo(agencies.get(kind) - covered.get(kind));
            all += agencies.get(kind);
        }
        Binding total = rows.get(rows.size() - 1);
        assertThat(text(total, "kindCode")).isEqualTo("all");
        assertThat(text(total, "labelEn")).isEqualTo("All");
        assertThat(number(total, "agencies")).isEqualTo(all).isEqualTo(56);
        assertThat(number(total, "withCatalogue")).isEqualTo(16);
        assertThat(Double.parseDouble(text(total, "percent"))).isEqualTo(28.6);
        assertThat(text(total, "target")).isEqualTo("100");
        assertThat(agencies.get("ministry") + agencies.get("ministerial-agency")).as("17 ministerial bodies since 2025").isEqualTo(17);
    }

    @Test
    void coverageByProvinceOfTodayAndOf2023() {
        List<Binding> today = client.rows("coverage-by-province", "today", DAY);
        assertThat(today).as("34 provinces and cities today").hasSize(34);
        assertThat(ids(today, "province", "agency/")).allMatch(id -> id.startsWith("vn34-"));
        List<Binding> covered = today.stream().filter(r -> text(r, "hasCatalogue").equals("true")).toList();
        assertThat(ids(covered, "province", "agency/")).containsExactlyInAnyOrder("vn34-ha-noi", "vn34-ho-chi-minh",
                "vn34-da-nang", "vn34-lao-cai", "vn34-tuyen-quang");
        assertThat(number(rowWith(today, "province", "agency/vn34-tuyen-quang"), "databases"))
                .as("vn63-ha-giang's catalogue counts for vn34-tuyen-quang").isEqualTo(6);
        assertThat(number(rowWith(today, "province", "agency/vn34-lao-cai"), "databases")).as("6 + Yen Bai's 5").isEqualTo(11);
        assertThat(number(rowWith(today, "province", "agency/vn34-ho-chi-minh"), "catalogues")).isEqualTo(2);
        assertThat(number(rowWith(today, "province", "agency/vn34-ho-chi-minh"), "databases")).isEqualTo(16);

        List<Binding> in2023 = client.rows("coverage-by-province", "period", "2023", "today", DAY);
        assertThat(in2023).as("63 provinces and cities in 2023").hasSize(63);
        assertThat(ids(in2023, "province", "agency/")).allMatch(id -> id.startsWith("vn63-"));
        assertThat(ids(in2023.stream().filter(r -> text(r, "hasCatalogue").equals("true")).toList(), "province", "agency/"))
                .containsExactlyInAnyOrder("vn63-ha-giang", "vn63-binh-duong", "vn63-yen-bai");
    }

    @Test
    void cataloguesOfFormerBodiesWithTodaysOwner() {
        List<Binding> rows = client.rows("catalogues-of-former-bodies", "today", DAY);
        Map<String, String> owners = new HashMap<>();
        for (Binding row : rows) {
            owners.put(ids(List.of(row), "filer", "agency/").iterator().next(), ids(List.of(row), "owner", "agency/").iterator().next());
        }
        assertThat(owners).isEqualTo(FORMER);
        assertThat(number(rowWith(rows, "catalogue", "catalog/vn63-ha-giang"), "databases")).isEqualTo(6);
        assertThat(text(rowWith(rows, "catalogue", "catalog/vn63-ha-giang"), "endedOn")).isEqualTo("2025-07-01");
        assertThat(client.rows("catalogues-of-former-bodies", "today", "2025-04-01"))
                .as("between the two reorganisations only the ministries had gone").hasSize(6);
        assertThat(client.rows("catalogues-of-former-bodies", "today", "2024-12-31")).isEmpty();
    }

    @Test
    void reorganisationOf2025BeforeAndAfter() {
        List<Binding> provinces = client.rows("reorganisation-2025", "kind", "province");
        assertThat(ids(provinces, "original", "agency/")).as("the 63 units of 2023").hasSize(63);
        assertThat(ids(provinces, "resulting", "agency/")).as("the 34 units of today").hasSize(34);
        Binding haGiang = rowWith(provinces, "original", "agency/vn63-ha-giang");
        assertThat(text(haGiang, "resulting")).endsWith("agency/vn34-tuyen-quang");
        assertThat(text(haGiang, "date")).isEqualTo("2025-07-01");
        assertThat(text(haGiang, "primary")).isEqualTo("true");
        List<Binding> ministries = client.rows("reorganisation-2025", "kind", "ministry");
        assertThat(ids(ministries, "original", "agency/")).contains("mic", "monre", "mot", "molisa", "vss", "mof-pre2025")
                .noneMatch(id -> id.startsWith("vn"));
        Binding micToMost = ministries.stream().filter(r -> text(r, "original").endsWith("agency/mic")
                && text(r, "resulting").endsWith("agency/most")).findFirst().orElseThrow();
        assertThat(text(micToMost, "primary")).isEqualTo("true");
        assertThat(text(micToMost, "partial")).isEqualTo("false");
        assertThat(ministries).anyMatch(r -> text(r, "original").endsWith("agency/mic") && text(r, "resulting").endsWith("agency/mocst")
                && text(r, "partial").equals("true") && text(r, "primary").equals("false"));
        long events = client.count("SELECT (COUNT(*) AS ?n) WHERE { ?e a org:ChangeEvent ; org:originalOrganization ?o ; org:resultingOrganization ?r }");
        assertThat(client.rows("reorganisation-2025")).hasSize((int) events);
    }
}
