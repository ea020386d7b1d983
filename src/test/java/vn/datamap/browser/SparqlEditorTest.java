package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.datamap.support.Browser;

/**
 * The query editor: YASGUI replaces the plain form, a named query opens in a tab of its own,
 * and running a query shows its results as a table, all without reaching for the internet.
 */
@Tag("slow")
class SparqlEditorTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void yasguiReplacesThePlainForm() {
        openEditor("sparql");

        assertThat(browser.findAll(".yasgui")).as(".yasgui").isNotEmpty();
        WebElement plain = browser.find("#plain-editor");
        assertThat(plain.isDisplayed()).as("#plain-editor displayed (hidden property %s, computed display '%s')",
                plain.getDomProperty("hidden"), plain.getCssValue("display")).isFalse();
        assertThat(browser.findAll("#named-queries a.named-query")).as("named queries").hasSizeGreaterThanOrEqualTo(10);
        assertThat((String) browser.js("return window.datamapYasgui.getTab().getQuery()")).as("query of the first tab")
                .containsIgnoringCase("SELECT");
        browser.assertNoConsoleErrors();
    }

    @Test
    void namedQueryOpensInANewTab() {
        openEditor("sparql-named");
        int tabs = tabCount();
        WebElement link = browser.findAll("#named-queries a.named-query").get(0);
        String sparql = link.getDomAttribute("data-sparql");

        link.click();

        browser.until(d -> tabCount() == tabs + 1);
        String query = (String) browser.js("return window.datamapYasgui.getTab().getQuery()");
        assertThat(query).as("query of the new tab").contains("SELECT").isEqualTo(sparql);
        assertThat(browser.driver().getCurrentUrl()).as("the click stays on the editor").startsWith(browser.url("/sparql"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void runningAQueryShowsAResultsTable() {
        openEditor("sparql-results");
        browser.js("window.datamapYasgui.getTab().setQuery(arguments[0])", """
                PREFIX dm: <https://w3id.org/vndatamap/ns#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?db ?title WHERE { ?db a dm:Database ; dct:title ?title } ORDER BY ?db LIMIT 20""");

        activePanel().findElement(By.cssSelector(".yasqe_queryButton")).click();

        List<WebElement> rows = browser.until(d -> {
            List<WebElement> found = activePanel().findElements(By.cssSelector(".yasr table tbody tr"));
            return found.size() >= 20 ? found : null;
        });
        assertThat(rows).as("result rows in .yasr").hasSize(20);
        assertThat(rows.get(0).getText()).as("first row").contains("dataset/");
        browser.assertNoConsoleErrors();
    }

    /** A query with a syntax error shows the endpoint's message in the page's language, not the JSON it came in. */
    @Test
    void aSyntaxErrorShowsItsMessageInThePagesLanguage() {
        openEditor("sparql-error");
        browser.js("window.datamapYasgui.getTab().setQuery(arguments[0])", "SELECT * WHERE {\n  ?s ?p\n}");

        activePanel().findElement(By.cssSelector(".yasqe_queryButton")).click();

        WebElement shown = browser.until(d -> {
            List<WebElement> found = activePanel().findElements(By.cssSelector(".yasr .errorResult .problem-message"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(shown.getText()).as("the message shown for the error")
                .startsWith("Câu truy vấn SPARQL sai cú pháp ở dòng 3, cột 1.")
                .doesNotContain("\"status\"").doesNotContain("{");
        assertThat(activePanel().findElement(By.cssSelector(".yasr .errorResult")).getText()).as("the error's heading")
                .contains("400");
    }

    /** The editor column must not grow past the page once results are shown and the window changes size. */
    @Test
    void editorStaysInsideThePageWhenTheWindowIsResized() {
        openEditor("sparql-resized");
        activePanel().findElement(By.cssSelector(".yasqe_queryButton")).click();
        browser.until(d -> activePanel().findElements(By.cssSelector(".yasr table tbody tr")).isEmpty() ? null : true);
        Dimension size = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(1100, size.getHeight()));
            browser.driver().manage().window().setSize(size);
            browser.js("return new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); })");

            long mainRight = ((Number) browser.js("return document.querySelector('main').getBoundingClientRect().right")).longValue();
            long editorRight = ((Number) browser.js(
                    "return document.querySelector('.editor-main').getBoundingClientRect().right")).longValue();
            long scrollWidth = ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) browser.js("return document.documentElement.clientWidth")).longValue();
            assertThat(editorRight).as("right edge of .editor-main against main's (%s) after a resize", mainRight)
                    .isLessThanOrEqualTo(mainRight);
            assertThat(scrollWidth).as("page width against the window's after a resize").isLessThanOrEqualTo(clientWidth);
        } finally {
            browser.driver().manage().window().setSize(size);
        }
        browser.assertNoConsoleErrors();
    }

    private static void openEditor(String name) {
        browser.open(name, "/sparql");
        browser.until(d -> browser.js("return window.datamapYasgui ? true : null"));
    }

    private static int tabCount() {
        return browser.findAll(".yasgui .tabsList .tab").size();
    }

    private static WebElement activePanel() {
        return browser.find(".yasgui .tabPanel.active");
    }
}
