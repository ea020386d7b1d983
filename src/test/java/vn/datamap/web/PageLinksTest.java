package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterRegistration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.datamap.support.TestServer;

/**
 * Pages write their links as they are, with no resource URL rewriting on every request, and
 * every stylesheet and script a page links to (versionless WebJars paths included) is served.
 */
class PageLinksTest {
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

    @Test
    void noFilterRewritesTheLinksOfEveryResponse() {
        var context = (WebApplicationContext) TestServer.shared().server().context();
        assertThat(context.getServletContext().getFilterRegistrations().values())
                .extracting(FilterRegistration::getClassName)
                .isNotEmpty()
                .doesNotContain(ResourceUrlEncodingFilter.class.getName());
    }

    @Test
    void everyAssetTheHomeAndSparqlPagesLinkToIsServed() {
        TestServer server = TestServer.shared();
        int assets = 0;
        for (String page : new String[] {"/", "/sparql", "/dataset/ndb-population"}) {
            HttpResponse<byte[]> html = server.http().get(page, "Accept", "text/html");
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            Matcher links = ASSET.matcher(new String(html.body(), StandardCharsets.UTF_8));
            while (links.find()) {
                assets++;
                assertThat(server.http().get(links.group(1)).statusCode()).as(page + " links " + links.group(1)).isEqualTo(200);
            }
        }
        // the layout's stylesheet on each page, Leaflet and Chart.js on the home page, YASGUI on /sparql
        assertThat(assets).isGreaterThanOrEqualTo(8);
    }
}
