package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.support.Browser;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;

/**
 * The front page in a real browser: its headline figures and tables agree with SPARQL counts run
 * independently on {@code /sparql}, Chart.js draws both charts, Leaflet draws the 34 provinces
 * (63 after the toggle) and a click on a province leads to its catalogue or its agency.
 */
@Tag("slow")
class HomePageTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @Test
    void headlineFiguresEqualSparqlCounts() {
        browser.open("home", "/");

        assertThat(figure("catalogues")).as("#figure-catalogues")
                .isEqualTo(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a dm:AgencyCatalogue }"));
        assertThat(figure("databases")).as("#figure-databases")
                .isEqualTo(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dm:Database }"));
        assertThat(figure("agencies")).as("#figure-agencies: agencies without dm:validUntil").isEqualTo(count(
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dm:Agency FILTER NOT EXISTS { ?a dm:validUntil ?end } }"));
        assertThat(figure("milestones")).as("#figure-milestones")
                .isEqualTo(count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dm:Milestone }"));
        assertThat(figure("overdue")).as("#figure-overdue: planned before %s, neither completed nor cancelled", TODAY)
                .isEqualTo(count("""
                        SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {
                          ?m a dm:Milestone ; dm:plannedDate ?planned ; dm:status/skos:notation ?code .
                          FILTER(?code != "completed" && ?code != "cancelled")
                          FILTER(?planned < "%s"^^xsd:date)
                        }""".formatted(TODAY)))
                .isPositive();
        browser.assertNoConsoleErrors();
    }

    @Test
    void databasesByKindAndMilestonesByStatusEqualSparqlCounts() {
        browser.open("home-tables", "/");

        Map<String, Long> kinds = grouped("""
                SELECT ?code (COUNT(DISTINCT ?db) AS ?n) WHERE { ?db a dm:Database ; dm:databaseKind/skos:notation ?code }
                GROUP BY ?code""");
        Map<String, Long> kindsShown = table("#kinds-table");
        assertThat(kindsShown).as("#kinds-table rows (data-code -> .count)").isNotEmpty();
        kindsShown.forEach((code, n) -> assertThat(n).as("#kinds-table row %s", code).isEqualTo(kinds.getOrDefault(code, 0L)));
        assertThat(kindsShown.keySet()).as("every kind some database has is in #kinds-table").containsAll(kinds.keySet());

        Map<String, Long> statuses = grouped("""
                SELECT ?code (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dm:Milestone ; dm:status/skos:notation ?code }
                GROUP BY ?code""");
        Map<String, Long> statusesShown = table("#statuses-table");
        assertThat(statusesShown).as("#statuses-table rows").isNotEmpty();
        statusesShown.forEach((code, n) -> assertThat(n).as("#statuses-table row %s", code)
                .isEqualTo(statuses.getOrDefault(code, 0L)));
        assertThat(statusesShown.keySet()).as("every status some milestone has is in #statuses-table")
                .containsAll(statuses.keySet());
        browser.assertNoConsoleErrors();
    }

    @Test
    void coverageTableCountsTodaysAgenciesAndTheirCatalogues() {
        browser.open("home-coverage", "/");
        // Agencies that exist today, and those a catalogue counts for (its own or a predecessor's).
        Map<String, Long> agencies = grouped("""
                SELECT ?code (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  ?a a dm:Agency ; dm:agencyKind/skos:notation ?code .
                  FILTER NOT EXISTS { ?a dm:validFrom ?from FILTER(?from > "%1$s"^^xsd:date) }
                  FILTER NOT EXISTS { ?a dm:validUntil ?until FILTER(?until <= "%1$s"^^xsd:date) }
                } GROUP BY ?code""".formatted(TODAY));
        Map<String, Long> covered = grouped("""
                SELECT ?code (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  ?a a dm:Agency ; dm:agencyKind/skos:notation ?code .
                  FILTER NOT EXISTS { ?a dm:validFrom ?from FILTER(?from > "%1$s"^^xsd:date) }
                  FILTER NOT EXISTS { ?a dm:validUntil ?until FILTER(?until <= "%1$s"^^xsd:date) }
                  ?cat a dm:AgencyCatalogue ; dct:publisher/dm:primarySuccessor* ?a .
                  FILTER NOT EXISTS { ?cat dct:issued ?issued FILTER(?issued > "%1$s"^^xsd:date) }
                } GROUP BY ?code""".formatted(TODAY));

        List<WebElement> rows = browser.findAll("#coverage-table tbody tr[data-kind]");
        assertThat(rows).as("#coverage-table rows").isNotEmpty();
        long allAgencies = 0;
        long allCovered = 0;
        Map<String, long[]> shown = new LinkedHashMap<>();
        for (WebElement row : rows) {
            String kind = row.getDomAttribute("data-kind");
            long n = Long.parseLong(row.findElement(By.cssSelector(".agencies")).getText().trim());
            long c = Long.parseLong(row.findElement(By.cssSelector(".covered")).getText().trim());
            shown.put(kind, new long[] {n, c});
            if (!kind.equals("all")) {
                assertThat(n).as("agencies of kind %s today", kind).isEqualTo(agencies.getOrDefault(kind, 0L));
                assertThat(c).as("agencies of kind %s with a catalogue", kind).isEqualTo(covered.getOrDefault(kind, 0L));
                allAgencies += n;
                allCovered += c;
            }
            String percent = row.findElement(By.cssSelector(".percent")).getText();
            assertThat(percent).as("percent of %s", kind).isEqualTo(String.format(Locale.ROOT, "%.1f %%", 100.0 * c / n));
        }
        assertThat(shown).as("coverage rows").containsKeys("ministry", "province", "city", "all");
        assertThat(shown.get("all")).as("row 'all' sums the kinds").containsExactly(allAgencies, allCovered);
        browser.assertNoConsoleErrors();
    }

    @Test
    void chartsAreDrawnFromTheTablesNumbers() {
        browser.open("home-charts", "/");

        for (String id : new String[] {"chart-kinds", "chart-statuses"}) {
            Object drawn = browser.until(d -> browser.js(
                    "return window.datamapCharts && window.datamapCharts[arguments[0]] ? true : null", id));
            assertThat(drawn).as("window.datamapCharts['%s']", id).isEqualTo(true);
            assertThat(browser.find("#" + id).getSize().getHeight()).as("#%s height", id).isPositive();
        }
        @SuppressWarnings("unchecked")
        List<Number> bars = (List<Number>) browser.js("return window.datamapCharts['chart-kinds'].data.datasets[0].data");
        assertThat(bars.stream().map(Number::longValue).toList()).as("bars of #chart-kinds")
                .isEqualTo(List.copyOf(table("#kinds-table").values()));
        browser.assertNoConsoleErrors();
    }

    @Test
    void mapShows34ProvincesAndToggles63AndBack() {
        browser.open("home-map-34", "/");
        waitForProvinces(34);
        assertThat(browser.find("#province-map").getDomAttribute("data-provinces")).isEqualTo("34");

        WebElement toggle = browser.until(d -> browser.find("#map-toggle").isDisplayed() ? browser.find("#map-toggle") : null);
        String before = toggle.getText();
        toggle.click();
        waitForProvinces(63);
        assertThat(browser.find("#province-map").getDomAttribute("data-provinces")).isEqualTo("63");
        assertThat(toggle.getText()).as("toggle label after switching to 2023").isNotEqualTo(before);
        browser.screenshot("home-map-63");

        toggle.click();
        waitForProvinces(34);
        assertThat(browser.find("#province-map").getDomAttribute("data-provinces")).isEqualTo("34");
        assertThat(toggle.getText()).as("toggle label back").isEqualTo(before);
        browser.assertNoConsoleErrors();
    }

    @Test
    void clickingHaNoiOpensItsCatalogue() {
        String title = Sparql.first(browser.http(), "SELECT ?t WHERE { <" + browser.server().base()
                + "catalog/vn34-ha-noi> dct:title ?t FILTER(lang(?t) = \"vi\") }").getLiteralLexicalForm();
        browser.open("home-before-ha-noi", "/");
        waitForProvinces(34);

        browser.follow("catalog-vn34-ha-noi", () -> browser.clickInside(browser.find("path.province-vn34-ha-noi")));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/catalog/vn34-ha-noi"));
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        browser.assertNoConsoleErrors();
    }

    @Test
    void clickingAProvinceWithoutCatalogueOpensItsAgency() {
        String id = provinces().entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("every province has a catalogue: pick another case"));
        assertThat(browser.http().get("/catalog/" + id).statusCode()).as("/catalog/%s of a province without one", id).isEqualTo(404);
        browser.open("home-before-" + id, "/");
        waitForProvinces(34);

        browser.follow("agency-" + id, () -> browser.clickInside(browser.find("path.province-" + id)));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/agency/" + id));
        assertThat(browser.find("h1").getText()).isNotBlank();
        browser.assertNoConsoleErrors();
    }

    @Test
    void clickingAProvinceCoveredOnlyByAFormerProvinceOpensItsAgency() {
        String id = provinces().entrySet().stream()
                .filter(e -> e.getValue() && browser.http().get("/catalog/" + e.getKey()).statusCode() == 404)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Assumptions.assumeTrue(id != null, "no province is covered only by a predecessor's catalogue");
        browser.open("home-before-" + id, "/");
        waitForProvinces(34);
        assertThat(browser.find("path.province-" + id).getDomAttribute("class")).as("class of the path of %s", id)
                .contains("covered").doesNotContain("uncovered");

        browser.follow("agency-" + id, () -> browser.clickInside(browser.find("path.province-" + id)));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/agency/" + id));
        browser.assertNoConsoleErrors();
    }

    @Test
    void overdueTableListsMilestones() {
        browser.open("home-overdue", "/");

        List<WebElement> rows = browser.findAll("#overdue-table tbody tr");
        assertThat(rows).as("#overdue-table rows").isNotEmpty().hasSizeLessThanOrEqualTo(10);
        List<Long> days = rows.stream().map(r -> Long.parseLong(r.findElement(
                By.cssSelector("td.late")).getText().trim())).toList();
        assertThat(days).as("days late, longest first").isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .allSatisfy(d -> assertThat(d).isPositive());
        browser.assertNoConsoleErrors();
    }

    /** Browsers ask every site for an icon; without one, each first visit logs a failed load. */
    @Test
    void siteHasAnIcon() {
        browser.open("home-icon", "/");
        String icon = (String) browser.js(
                "var l = document.querySelector('link[rel~=icon]'); return l ? l.href : location.origin + '/favicon.ico'");

        HttpResponse<byte[]> response = icon.startsWith("data:") ? null : browser.http().get(icon);

        if (response != null) {
            assertThat(response.statusCode()).as("GET %s (no <link rel=icon> in the page head)", icon).isEqualTo(200);
        }
        browser.assertNoConsoleErrors();
    }

    private static long figure(String name) {
        return Long.parseLong(browser.find("#figure-" + name).getText().trim());
    }

    private static long count(String query) {
        return browser.http().count(Sparql.PREFIXES + query);
    }

    /** code -> count, from a SELECT of ?code and ?n. */
    private static Map<String, Long> grouped(String query) {
        Map<String, Long> counts = new TreeMap<>();
        ResultSet rows = browser.http().select(Sparql.PREFIXES + query);
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            counts.put(row.getLiteral("code").getLexicalForm(), row.getLiteral("n").getLong());
        }
        return counts;
    }

    /** data-code -> the number of the .count cell, in the order of the rows. */
    private static Map<String, Long> table(String css) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement row : browser.findAll(css + " tr[data-code]")) {
            counts.put(row.getDomAttribute("data-code"),
                    Long.parseLong(row.findElement(By.cssSelector(".count")).getText().trim()));
        }
        return counts;
    }

    /** Province id -> whether it has a catalogue, from the named query behind the map. */
    private static Map<String, Boolean> provinces() {
        HttpResponse<byte[]> r = browser.http().get("/queries/coverage-by-province", "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).as("GET /queries/coverage-by-province: %s", HttpTester.text(r)).isEqualTo(200);
        Map<String, Boolean> provinces = new LinkedHashMap<>();
        for (JsonNode b : JSON.readTree(r.body()).path("results").path("bindings")) {
            String iri = b.path("province").path("value").asString();
            provinces.put(iri.substring(iri.lastIndexOf('/') + 1), "true".equals(b.path("hasCatalogue").path("value").asString()));
        }
        assertThat(provinces).as("provinces of today").hasSize(34);
        return provinces;
    }

    private static void waitForProvinces(int n) {
        browser.until(d -> browser.findAll("#province-map path.province").size() == n
                && String.valueOf(n).equals(browser.find("#province-map").getDomAttribute("data-provinces")));
        assertThat(browser.findAll("#province-map path.province")).hasSize(n);
    }
}
