package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import vn.datamap.support.Browser;

/**
 * The pages of agencies merged in 2025: MAE lists the catalogues of its predecessors (MONRE's
 * among them), names MONRE and MARD as where it came from, and shows its roadmap; MONRE's page
 * says it became MAE.
 */
@Tag("slow")
class AgencyPageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void successorListsItsPredecessorsCataloguesAndRoadmap() {
        browser.open("agency-mae", "/agency/mae");

        assertThat(hrefs("#agency-catalogues a")).as("#agency-catalogues").contains("/catalog/monre");
        assertThat(hrefs("#agency-predecessors a")).as("#agency-predecessors")
                .contains("/agency/monre", "/agency/mard");
        assertThat(browser.findAll("#agency-roadmap li")).as("#agency-roadmap items").isNotEmpty();
        browser.assertNoConsoleErrors();
    }

    @Test
    void mergedMinistryNamesItsSuccessor() {
        browser.open("agency-monre", "/agency/monre");

        assertThat(hrefs("#agency-successors a")).as("#agency-successors").contains("/agency/mae");
        browser.assertNoConsoleErrors();
    }

    private static List<String> hrefs(String css) {
        return browser.findAll(css).stream().map((WebElement a) -> a.getDomAttribute("href")).toList();
    }
}
