package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;
import vn.datamap.support.Browser;

/** The library of named queries as pages: every query with its form, and a query's results as a table. */
@Tag("slow")
class NamedQueriesPageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void listShowsEveryQueryWithItsForm() {
        int queries = JsonMapper.builder().build().readTree(browser.http().get("/queries?format=json").body()).path("queries").size();
        browser.open("queries", "/queries");

        List<WebElement> cards = browser.findAll("main article.term");
        assertThat(cards).as("one article per named query").hasSize(queries).hasSizeGreaterThanOrEqualTo(10);
        cards.forEach(card -> assertThat(card.findElements(By.cssSelector("form.sparql button[type=submit]")))
                .as("form of %s", card.getDomAttribute("id")).hasSize(1));
        browser.assertNoConsoleErrors();
    }

    @Test
    void runningAQueryFromTheListShowsItsResults() {
        browser.open("queries-before-run", "/queries");

        browser.follow("queries-overdue-milestones-run", () -> browser.find("#overdue-milestones form button[type=submit]").click());

        assertThat(browser.driver().getCurrentUrl()).startsWith(browser.url("/queries/overdue-milestones"));
        assertThat(browser.findAll("table.results tbody tr")).as("result rows").isNotEmpty();
        browser.assertNoConsoleErrors();
    }

    @Test
    void overdueMilestonesPageHasATableOfRows() {
        browser.open("queries-overdue-milestones", "/queries/overdue-milestones");

        List<WebElement> rows = browser.findAll("table.results tbody tr");
        assertThat(rows).as("rows of table.results").isNotEmpty();
        assertThat(browser.find("#row-count").getText()).as("#row-count").contains(String.valueOf(rows.size()));
        assertThat(browser.findAll("table.results thead th")).as("columns").isNotEmpty();
        browser.assertNoConsoleErrors();
    }
}
