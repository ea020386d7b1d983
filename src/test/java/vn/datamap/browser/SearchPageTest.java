package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.datamap.support.Browser;

/** The search page: with or without diacritics, "dân cư" finds the national population database first. */
@Tag("slow")
class SearchPageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void queryWithoutDiacriticsFindsThePopulationDatabaseFirst() {
        browser.open("search-dan-cu", "/search?q=dan%20cu");

        assertThat(browser.findAll("#search-results .search-result")).as("results").isNotEmpty();
        assertThat(browser.find("#search-results .search-result-link").getDomAttribute("href")).isEqualTo("/dataset/ndb-population");
        browser.assertNoConsoleErrors();
    }

    @Test
    void typingInTheSearchBoxGivesTheSameFirstResult() {
        browser.open("search-form", "/search");

        browser.find("#search-q").sendKeys("dân cư");
        browser.follow("search-dan-cu-typed", () -> browser.find("#search-submit").click());

        assertThat(browser.find("#search-q").getDomProperty("value")).as("the box keeps the words").isEqualTo("dân cư");
        assertThat(browser.find("#search-results .search-result-link").getDomAttribute("href")).isEqualTo("/dataset/ndb-population");
        browser.assertNoConsoleErrors();
    }
}
