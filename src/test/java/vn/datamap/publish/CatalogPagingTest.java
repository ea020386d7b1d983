package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.support.CatalogWalk;
import vn.datamap.support.CatalogWalk.Page;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.RawHttp;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * The national map and agency catalogues page as a harvester expects: every dataset exactly once
 * over a walk, Hydra counts and links (today's terms and the legacy ones) that agree, links built
 * from the base URI whatever the request's Host, page numbers checked, page sizes capped,
 * {@code modified_since} inclusive, and conditional GET.
 */
class CatalogPagingTest {
    private static final String ALL_DATASETS = "SELECT DISTINCT ?d WHERE { ?c dcat:dataset ?d }";
    private static final String[][] LINK_PAIRS = {{"first", "firstPage"}, {"last", "lastPage"},
        {"next", "nextPage"}, {"previous", "previousPage"}};
    private static TestServer server;
    private static HttpTester http;

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        http = server.http();
    }

    @ParameterizedTest(name = "page_size={0}")
    @ValueSource(strings = {"7", "13", "100", "default"})
    void walkingEveryPageYieldsEveryDatasetExactlyOnce(String pageSize) {
        String first = pageSize.equals("default") ? "catalog" : "catalog?page_size=" + pageSize;
        List<Page> pages = CatalogWalk.walk(http, server.url(first));

        List<Node> walked = new ArrayList<>();
        pages.forEach(p -> walked.addAll(p.datasets()));
        Set<Node> expected = new LinkedHashSet<>(Sparql.column(http, ALL_DATASETS));
        assertThat(walked).as("datasets over %d pages, each once", pages.size()).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(walked)).as("datasets of the walk vs ?c dcat:dataset ?d").isEqualTo(expected);
        int size = pageSize.equals("default") ? 100 : Integer.parseInt(pageSize);
        assertThat(pages).as("pages of %d for %d datasets", size, expected.size())
                .hasSize(Math.max(1, (expected.size() + size - 1) / size));
        pages.subList(0, pages.size() - 1).forEach(p ->
                assertThat(p.datasets()).as("datasets on the full page %s", p.url()).hasSize(size));
    }

    @Test
    void theNextLinkOfTheFirstPageLeadsToTheSecondPage() {
        Page first = CatalogWalk.fetch(http, server.url("catalog?page_size=7"));
        Node next = first.link("next");
        assertThat(next).as("hydra:next of page 1 (the demo map spans several pages of 7)").isNotNull();
        HttpResponse<byte[]> second = http.get(next.getURI(), "Accept", "text/turtle");
        assertThat(second.statusCode()).as("GET %s: %s", next, HttpTester.text(second)).isEqualTo(200);
    }

    @Test
    void withoutPageTheCatalogueIsPageOne() {
        Page implicit = CatalogWalk.fetch(http, server.url("catalog?page_size=7"));
        Page explicit = CatalogWalk.fetch(http, server.url("catalog?page_size=7&page=1"));
        assertThat(pageNumber(implicit.view())).isEqualTo(1);
        assertThat(implicit.datasets()).isNotEmpty().isEqualTo(explicit.datasets());
    }

    @Test
    void nodesSharedByPagesAreIrisNeverBlankNodes() {
        Page page = CatalogWalk.fetch(http, server.url("catalog?page_size=13"));
        List<String> shared = List.of(CatalogWalk.DCAT + "Catalog", "http://xmlns.com/foaf/0.1/Agent",
                "http://www.w3.org/2006/vcard/ns#Kind", "http://purl.org/dc/terms/LinguisticSystem");
        for (String cls : shared) {
            page.graph().find(Node.ANY, type(), NodeFactory.createURI(cls)).forEachRemaining(t ->
                    assertThat(t.getSubject().isURI()).as("a %s on %s: %s", cls, page.url(), t.getSubject()).isTrue());
        }
        for (String property : List.of("http://purl.org/dc/terms/publisher", CatalogWalk.DCAT + "contactPoint")) {
            page.graph().find(Node.ANY, NodeFactory.createURI(property), Node.ANY).forEachRemaining(t ->
                    assertThat(t.getObject().isURI()).as("%s of %s on %s", property, t.getSubject(), page.url()).isTrue());
        }
    }

    @Test
    void totalItemsIsTheNumberOfDatasets() {
        long count = http.count(Sparql.PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?c dcat:dataset ?d }");
        assertThat(count).as("datasets in the live map").isPositive();
        for (Page page : CatalogWalk.walk(http, server.url("catalog?page_size=13"))) {
            assertThat(page.number(page.collection(), "totalItems")).as("collection totalItems on %s", page.url()).isEqualTo(count);
            assertThat(page.number(page.view(), "totalItems")).as("view totalItems on %s", page.url()).isEqualTo(count);
        }
    }

    @Test
    void linksOfEveryPageAgreeInTodaysAndLegacyTerms() {
        List<Page> pages = CatalogWalk.walk(http, server.url("catalog?page_size=7"));
        int last = pages.size();
        assertThat(last).as("the demo map spans several pages of 7").isGreaterThan(2);
        for (int i = 1; i <= last; i++) {
            Page page = pages.get(i - 1);
            assertThat(page.graph().contains(page.collection(), type(), CatalogWalk.hydra("Collection"))).isTrue();
            assertThat(page.graph().contains(page.view(), type(), CatalogWalk.hydra("PartialCollectionView")))
                    .as("PartialCollectionView on %s", page.url()).isTrue();
            assertThat(page.graph().contains(page.view(), type(), CatalogWalk.hydra("PagedCollection")))
                    .as("legacy PagedCollection on %s", page.url()).isTrue();
            assertThat(page.number(page.view(), "itemsPerPage")).as("itemsPerPage on %s", page.url()).isEqualTo(7);
            assertThat(pageNumber(page.view())).as("the view of %s", page.url()).isEqualTo(i);
            assertThat(pageNumber(page.link("first"))).isEqualTo(1);
            assertThat(pageNumber(page.link("last"))).isEqualTo(last);
            assertThat(page.link("previous") == null ? null : pageNumber(page.link("previous"))).isEqualTo(i > 1 ? i - 1 : null);
            assertThat(page.link("next") == null ? null : pageNumber(page.link("next"))).isEqualTo(i < last ? i + 1 : null);
            for (String[] pair : LINK_PAIRS) {
                assertThat(page.link(pair[1])).as("hydra:%s equals hydra:%s on %s", pair[1], pair[0], page.url())
                        .isEqualTo(page.link(pair[0]));
            }
            for (String term : new String[] {"first", "last", "next", "previous"}) {
                Node link = page.link(term);
                assertThat(link == null ? server.base() : link.getURI()).as("hydra:%s on %s", term, page.url()).startsWith(server.base());
            }
        }
    }

    @Test
    void linksStartWithTheBaseUriWhateverTheHostHeader() {
        URI base = URI.create(server.base());
        RawHttp.Response response = RawHttp.get(base.getHost(), base.getPort(), "/catalog?page=2&page_size=7",
                Map.of("Host", "evil.example:1234", "Accept", "application/n-triples"));
        assertThat(response.status()).as("GET with a foreign Host: %s", response.text()).isEqualTo(200);
        Graph graph = Rdf4jGraphs.jena(response.body(), server.base(), Rdf4jGraphs.Syntax.NTRIPLES);
        List<String> links = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (t.getPredicate().getURI().startsWith(CatalogWalk.HYDRA) && t.getObject().isURI()) {
                links.add(t.getObject().getURI());
            }
        });
        assertThat(links).as("hydra links of page 2").hasSizeGreaterThanOrEqualTo(8).allMatch(l -> l.startsWith(server.base()));
        assertThat(response.text()).as("nothing on the page names the forged host").doesNotContain("evil.example");
    }

    @Test
    void aPageBeyondTheLastIsNotFound() {
        Page first = CatalogWalk.fetch(http, server.url("catalog?page_size=7"));
        int last = pageNumber(first.link("last"));
        ProblemBody.assertProblem(http.get("catalog?page_size=7&page=" + (last + 1)), 404);
        assertThat(http.get("catalog?page_size=7&page=" + last, "Accept", "text/turtle").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"page=0", "page=abc", "page=-1", "page=1.5", "page_size=0", "page_size=abc"})
    void malformedPageParametersAreBadRequests(String query) {
        ProblemBody.assertProblem(http.get("catalog?" + query, "Accept", "text/turtle"), 400);
    }

    @Test
    void pageSizeIsCappedAtOneThousand() {
        Page page = CatalogWalk.fetch(http, server.url("catalog?page_size=5000"));
        assertThat(page.number(page.view(), "itemsPerPage")).isEqualTo(1000);
        assertThat(param(page.link("first"), "page_size")).isEqualTo("1000");
    }

    /** The thresholds, in every form the contract allows, for the median change date of the map. */
    static Stream<String> modifiedSinceForms() {
        return ModifiedSince.forms(ModifiedSince.median(TestServer.shared().http()));
    }

    @ParameterizedTest(name = "modified_since={0}")
    @MethodSource("modifiedSinceForms")
    void modifiedSinceKeepsExactlyTheDatasetsChangedAtOrAfterIt(String query) {
        Map<Node, Instant> changed = ModifiedSince.changes(http);
        Instant threshold = ModifiedSince.median(http);
        Set<Node> expected = new LinkedHashSet<>();
        changed.forEach((d, at) -> {
            if (!at.isBefore(threshold)) {
                expected.add(d);
            }
        });
        assertThat(expected).as("datasets changed at or after %s", threshold).isNotEmpty().hasSizeLessThan(changed.size());
        assertThat(changed.entrySet()).as("a dataset changed exactly at the threshold").anyMatch(e -> e.getValue().equals(threshold));

        List<Node> walked = new ArrayList<>();
        CatalogWalk.walk(http, server.url("catalog?page_size=5&" + query)).forEach(p -> walked.addAll(p.datasets()));

        assertThat(walked).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(walked)).as("datasets for modified_since %s", threshold).isEqualTo(expected);
    }

    static Stream<String> agencyCatalogues() {
        return Sparql.column(TestServer.shared().http(), """
                SELECT ?c WHERE { ?c a dm:AgencyCatalogue ; dcat:dataset ?d } GROUP BY ?c ORDER BY DESC(COUNT(?d)) ?c LIMIT 3""")
                .stream().map(Node::getURI);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agencyCatalogues")
    void agencyCataloguePagesWalkEveryDatasetOfThatCatalogueOnce(String catalogue) {
        List<Page> pages = CatalogWalk.walk(http, catalogue + "?page=1&page_size=3");
        List<Node> walked = new ArrayList<>();
        pages.forEach(p -> walked.addAll(p.datasets()));
        Set<Node> expected = new LinkedHashSet<>(Sparql.column(http, "SELECT ?d WHERE { <" + catalogue + "> dcat:dataset ?d }"));
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(new LinkedHashSet<>(walked)).as("datasets of %s over its pages", catalogue).isEqualTo(expected);
        assertThat(pages.get(0).collection().getURI()).isEqualTo(catalogue);
        assertThat(pages.get(0).number(pages.get(0).collection(), "totalItems")).isEqualTo(expected.size());
        pages.forEach(p -> assertThat(p.link("first").getURI()).startsWith(catalogue + "?"));
    }

    @Test
    void pagesCarryValidatorsAndAnswer304ToMatchingConditionalRequests() {
        String url = "catalog?page=1&page_size=7";
        HttpResponse<byte[]> response = http.get(url, "Accept", "text/turtle");
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        assertThat(etag).as("ETag").isNotBlank();
        assertThat(lastModified).as("Last-Modified").isNotBlank();

        HttpResponse<byte[]> byEtag = http.get(url, "Accept", "text/turtle", "If-None-Match", etag);
        assertThat(byEtag.statusCode()).as("If-None-Match %s", etag).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        HttpResponse<byte[]> byDate = http.get(url, "Accept", "text/turtle", "If-Modified-Since", lastModified);
        assertThat(byDate.statusCode()).as("If-Modified-Since %s", lastModified).isEqualTo(304);
        assertThat(byDate.body()).isEmpty();
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
        assertThat(http.get(url, "Accept", "text/turtle", "If-Modified-Since", dayBefore).statusCode())
                .as("If-Modified-Since a day before Last-Modified").isEqualTo(200);
        HttpResponse<byte[]> otherEtag = http.get(url, "Accept", "text/turtle", "If-None-Match", "W/\"0-other\"");
        assertThat(otherEtag.statusCode()).isEqualTo(200);
        assertThat(otherEtag.body()).isNotEmpty();

        String jsonLdEtag = http.get(url, "Accept", "application/ld+json").headers().firstValue("ETag").orElse(null);
        assertThat(jsonLdEtag).as("ETag of the JSON-LD representation").isNotBlank().isNotEqualTo(etag);
        assertThat(http.get(url, "Accept", "application/ld+json", "If-None-Match", etag).statusCode())
                .as("the Turtle ETag does not validate the JSON-LD representation").isEqualTo(200);
    }

    private static Node type() {
        return NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    }

    private static int pageNumber(Node link) {
        return Integer.parseInt(param(link, "page"));
    }

    private static String param(Node link, String name) {
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(link.getURI()).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params.get(name);
    }

    @Test
    void theHtmlPageOfAPageLinksToTheSamePageInEveryFormat() {
        HttpResponse<byte[]> r = http.get("/catalog?page=2&page_size=10&format=html", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = HttpTester.text(r);
        for (String format : new String[] {"ttl", "jsonld", "rdf", "nt"}) {
            assertThat(html).contains("href=\"/catalog?page=2&amp;page_size=10&amp;format=" + format + "\"");
        }
        assertThat(html).doesNotContain("format=html&amp;format");
    }
}
