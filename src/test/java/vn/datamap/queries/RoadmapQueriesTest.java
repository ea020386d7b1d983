package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.datamap.queries.NamedQueryClient.DAY;
import static vn.datamap.queries.NamedQueryClient.number;
import static vn.datamap.queries.NamedQueryClient.rowWith;
import static vn.datamap.queries.NamedQueryClient.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.datamap.support.TestServer;

/**
 * Roadmaps: {@code milestones-by-status}, {@code overdue-milestones}, {@code milestones-due},
 * {@code roadmap-by-quarter}.
 *
 * <p>Expectations come from elsewhere: the facts of the demo README and the reference data (63
 * provinces in 2023, 34 today; who succeeded whom), or a separate, plainer SPARQL on
 * {@code /sparql}, never from the query's own text. Date-dependent queries are pinned to
 * {@value NamedQueryClient#DAY}.
 */
class RoadmapQueriesTest {
    private static NamedQueryClient client;

    @BeforeAll
    static void start() {
        client = new NamedQueryClient(TestServer.shared());
    }

    @Test
    void milestonesByStatusMatchTheDemoFigures() {
        Map<String, Long> expected = Map.of("cancelled", 33L, "completed", 307L, "delayed", 39L, "in-progress", 66L,
                "planned", 146L);
        List<Binding> rows = client.rows("milestones-by-status", "today", DAY);
        assertThat(rows).hasSize(5);
        long overdue = 0;
        for (Binding row : rows) {
            assertThat(number(row, "milestones")).as(text(row, "code")).isEqualTo(expected.get(text(row, "code")));
            overdue += number(row, "overdue");
        }
        assertThat(overdue).as("145 overdue on %s (demo README)", DAY).isEqualTo(145);
        Map<String, Long> databases = client.counts("""
                SELECT ?key (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d dm:roadmap/dm:milestone/dm:status/skos:notation ?key } GROUP BY ?key""");
        rows.forEach(r -> assertThat(number(r, "databases")).isEqualTo(databases.get(text(r, "code"))));
        List<Binding> mps = client.rows("milestones-by-status", "today", DAY, "agency", "mps");
        assertThat(mps.stream().mapToLong(r -> number(r, "milestones")).sum()).as("MPS: 41 milestones").isEqualTo(41);
        assertThat(mps.stream().mapToLong(r -> number(r, "overdue")).sum()).as("MPS: 5 overdue").isEqualTo(5);
    }

    @Test
    void overdueMilestonesOnAPinnedDay() {
        List<Binding> rows = client.rows("overdue-milestones", "today", DAY);
        assertThat(rows).as("demo README").hasSize(145);
        for (Binding row : rows) {
            LocalDate planned = LocalDate.parse(text(row, "plannedDate"));
            assertThat(number(row, "daysLate")).isEqualTo(ChronoUnit.DAYS.between(planned, LocalDate.parse(DAY)));
            assertThat(text(row, "statusCode")).isIn("planned", "in-progress", "delayed");
        }
        assertThat(client.rows("overdue-milestones", "today", DAY, "agency", "monre")).as("MONRE: 17").hasSize(17);
        assertThat(client.rows("overdue-milestones", "today", DAY, "agency", "mae")).as("MAE 7 + MONRE 17").hasSize(24);
        Binding haGiang = rowWith(client.rows("overdue-milestones", "today", DAY, "agency", "vn63-ha-giang"), "database",
                "dataset/csdl-0154");
        assertThat(text(haGiang, "owner")).endsWith("agency/vn34-tuyen-quang");
        assertThat(text(haGiang, "filer")).endsWith("agency/vn63-ha-giang");
        assertThat(text(haGiang, "ownerLabelVi")).isEqualTo("Tỉnh Tuyên Quang");
        long later = client.rows("overdue-milestones", "today", "2027-06-30").size();
        assertThat(later).as("more become overdue as time passes").isGreaterThan(145);
    }

    @Test
    void milestonesDueInTheNextDays() {
        List<Binding> rows = client.rows("milestones-due", "today", DAY);
        assertThat(rows).as("demo README: due within 90 days").hasSize(37);
        for (Binding row : rows) {
            LocalDate planned = LocalDate.parse(text(row, "plannedDate"));
            assertThat(number(row, "daysLeft")).isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse(DAY), planned)).isBetween(0L, 89L);
        }
        assertThat(client.rows("milestones-due", "today", DAY, "agency", "mps")).as("MPS: 4").hasSize(4);
        long open = client.count("""
                SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dm:Milestone ; dm:plannedDate ?d ; dm:status/skos:notation ?s .
                  FILTER(?d >= "%s"^^xsd:date && ?s IN ("planned", "in-progress", "delayed")) }""".formatted(DAY));
        assertThat(client.rows("milestones-due", "today", DAY, "days", "3660")).hasSize((int) open);
        assertThat(client.rows("milestones-due", "today", DAY, "days", "30").size()).isLessThan(37);
    }

    @Test
    void roadmapByQuarterSplitsEveryMilestoneOnce() {
        List<Binding> rows = client.rows("roadmap-by-quarter");
        assertThat(rows.stream().mapToLong(r -> number(r, "total")).sum()).as("591 milestones (demo README)").isEqualTo(591);
        assertThat(rows.stream().mapToLong(r -> number(r, "delayed")).sum()).isEqualTo(39);
        assertThat(rows.stream().mapToLong(r -> number(r, "cancelled")).sum()).isEqualTo(33);
        for (Binding row : rows) {
            assertThat(number(row, "quarter")).isBetween(1L, 4L);
            assertThat(number(row, "planned") + number(row, "inProgress") + number(row, "completed") + number(row, "delayed")
                    + number(row, "cancelled")).isEqualTo(number(row, "total"));
        }
        long q1of2025 = client.count("""
                SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dm:Milestone ; dm:plannedDate ?d .
                  FILTER(?d >= "2025-01-01"^^xsd:date && ?d < "2025-04-01"^^xsd:date) }""");
        List<Binding> in2025 = client.rows("roadmap-by-quarter", "fromYear", "2025", "toYear", "2025");
        assertThat(in2025).allMatch(r -> text(r, "year").equals("2025"));
        assertThat(in2025.stream().filter(r -> text(r, "quarter").equals("1")).mapToLong(r -> number(r, "total")).sum())
                .isEqualTo(q1of2025);
        long haGiang = client.rows("roadmap-by-quarter", "agency", "vn63-ha-giang").stream().mapToLong(r -> number(r, "total")).sum();
        assertThat(haGiang).as("Ha Giang: 21 milestones").isEqualTo(21);
    }
}
