package vn.datamap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.datamap.support.Browser;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;

/**
 * The page of a database filed by a ministry that has since merged (csdl-0088, filed by MONRE,
 * owned today by MAE): its owner today, its timeline, its dependencies and its other formats.
 */
@Tag("slow")
class DatabasePageTest {
    @RegisterExtension
    static final Browser browser = new Browser();
    private static final String PATH = "/dataset/csdl-0088";

    @Test
    void showsTitleAndOwnerToday() {
        browser.open("dataset-csdl-0088", PATH);

        String title = Sparql.first(browser.http(), "SELECT ?t WHERE { <" + iri() + "> dct:title ?t FILTER(lang(?t) = \"vi\") }")
                .getLiteralLexicalForm();
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        assertThat(browser.find("#current-owner a").getDomAttribute("href")).isEqualTo("/agency/mae");
        browser.assertNoConsoleErrors();
    }

    @Test
    void timelineIsInDateOrderAndMarksOverdueMilestones() {
        browser.open("dataset-csdl-0088-timeline", PATH);

        List<WebElement> steps = browser.findAll("#database-timeline li");
        assertThat(steps).as("#database-timeline li").hasSize(
                Sparql.column(browser.http(), "SELECT ?m WHERE { <" + iri() + "> dm:roadmap/dm:milestone ?m }").size());
        List<String> dates = steps.stream().map(li -> li.findElement(By.cssSelector(".when")).getText()).toList();
        assertThat(dates).as("planned dates").isSorted();
        List<WebElement> overdue = browser.findAll("#database-timeline li.overdue");
        assertThat(overdue).as("li.overdue").isNotEmpty();
        overdue.forEach(li -> assertThat(li.findElements(By.cssSelector("strong.late"))).as("overdue mark in %s", li.getText())
                .hasSize(1));
        browser.assertNoConsoleErrors();
    }

    @Test
    void listsDependenciesBothWays() {
        browser.open("dataset-csdl-0088-dependencies", PATH);

        assertThat(links("#depends-on")).as("#depends-on").isEqualTo(paths(
                Sparql.column(browser.http(), "SELECT ?o WHERE { <" + iri() + "> dm:dependsOn ?o }")));
        Set<String> usedBy = links("#depended-on-by");
        assertThat(usedBy).as("#depended-on-by").isNotEmpty().contains("/dataset/csdl-0089")
                .isEqualTo(paths(Sparql.column(browser.http(), "SELECT ?s WHERE { ?s dm:dependsOn <" + iri() + "> }")));
        browser.assertNoConsoleErrors();
    }

    @Test
    void everyOtherFormatAnswers() {
        browser.open("dataset-csdl-0088-formats", PATH);

        List<WebElement> links = browser.findAll("#representations a");
        assertThat(links.stream().map(WebElement::getText).toList()).containsExactly("Turtle", "JSON-LD", "RDF/XML", "N-Triples");
        for (WebElement link : links) {
            String href = link.getDomProperty("href");
            HttpResponse<byte[]> response = browser.http().get(href);
            assertThat(response.statusCode()).as("GET %s (%s)", href, link.getText()).isEqualTo(200);
            assertThat(Headers.mediaType(response)).as("Content-Type of %s", href).isEqualTo(link.getDomAttribute("type"));
            assertThat(HttpTester.text(response)).as("body of %s", href).contains("csdl-0088");
        }
        browser.assertNoConsoleErrors();
    }

    private static String iri() {
        return browser.server().base() + "dataset/csdl-0088";
    }

    private static Set<String> links(String css) {
        Set<String> hrefs = new TreeSet<>();
        browser.find(css).findElements(By.cssSelector("li a")).forEach(a -> hrefs.add(a.getDomAttribute("href")));
        return hrefs;
    }

    private static Set<String> paths(List<Node> iris) {
        Set<String> paths = new TreeSet<>();
        iris.forEach(n -> paths.add("/" + n.getURI().substring(browser.server().base().length())));
        return paths;
    }
}
