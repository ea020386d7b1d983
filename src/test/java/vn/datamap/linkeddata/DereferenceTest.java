package vn.datamap.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.datamap.support.Headers;
import vn.datamap.support.HttpTester;
import vn.datamap.support.ProblemBody;
import vn.datamap.support.Rdf4jGraphs;
import vn.datamap.support.Rdf4jGraphs.Syntax;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/**
 * Every kind of IRI the server mints dereferences: RDF with the IRI as subject and
 * {@code Vary: Accept}, or a page that names the resource; a database filed by a body that has
 * since merged names its owner today, and a merged agency says what it is today.
 */
class DereferenceTest {
    private static final List<String> LABELS = List.of("http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/name",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2006/vcard/ns#fn");
    private static final String OWNER_IS_SUCCESSOR = """
            ?d a dm:Database ; dct:publisher ?filer .
            ?filer dm:validUntil ?end ; dm:primarySuccessor+ ?owner .
            FILTER NOT EXISTS { ?owner dm:primarySuccessor ?later }
            FILTER NOT EXISTS { ?transfer dm:transferredDatabase ?d }""";
    private static TestServer server;
    private static HttpTester http;

    /** One kind of minted IRI and an instance of it. */
    record Minted(String kind, String iri) {
        @Override
        public String toString() {
            return kind + " <" + iri + ">";
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.shared();
        http = server.http();
    }

    static Stream<Minted> mintedIris() {
        HttpTester h = TestServer.shared().http();
        String base = TestServer.shared().base();
        List<Minted> all = new ArrayList<>(List.of(
                new Minted("agency before 2025", base + "agency/monre"),
                new Minted("agency today", base + "agency/mae"),
                new Minted("national map", base + "catalog"),
                new Minted("national database", base + "dataset/ndb-population"),
                new Minted("concept scheme", base + "concept/database-kind"),
                new Minted("concept", base + "concept/database-kind/national"),
                new Minted("change event", base + "change/2025-03-01/mae"),
                new Minted("legal document", base + "legal/nd-47-2024")));
        all.add(found(h, "province of 63", underPrefix(base + "agency/vn63-", "?x a dm:Agency")));
        all.add(found(h, "province of 34", underPrefix(base + "agency/vn34-", "?x a dm:Agency")));
        all.add(found(h, "contact point", underPrefix(base + "contact/", "?c dcat:contactPoint ?x")));
        all.add(found(h, "agency catalogue", "SELECT ?x WHERE { ?x a dm:AgencyCatalogue } ORDER BY ?x LIMIT 1"));
        all.add(found(h, "demo database",
                "SELECT ?x WHERE { ?c a dm:AgencyCatalogue ; dm:illustrative true ; dcat:dataset ?x } ORDER BY ?x LIMIT 1"));
        all.add(found(h, "roadmap",
                "SELECT ?x WHERE { ?c a dm:AgencyCatalogue ; dcat:dataset ?d . ?d dm:roadmap ?x } ORDER BY ?x LIMIT 1"));
        all.add(found(h, "milestone", "SELECT ?x WHERE { ?d dm:roadmap ?r . ?r dm:milestone ?x } ORDER BY ?x LIMIT 1"));
        return all.stream();
    }

    private static String underPrefix(String prefix, String pattern) {
        return "SELECT ?x WHERE { " + pattern + " FILTER(STRSTARTS(STR(?x), \"" + prefix + "\")) } ORDER BY ?x LIMIT 1";
    }

    private static Minted found(HttpTester h, String kind, String query) {
        Node iri = Sparql.first(h, query);
        assertThat(iri).as("a %s in the live map (%s)", kind, query).isNotNull();
        return new Minted(kind, iri.getURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mintedIris")
    void rdfDescribesTheIriAsSubjectAndVariesByAccept(Minted minted) {
        for (Syntax syntax : List.of(Syntax.TURTLE, Syntax.JSONLD)) {
            Graph graph = rdf(minted.iri(), syntax);
            assertThat(graph.contains(NodeFactory.createURI(minted.iri()), Node.ANY, Node.ANY))
                    .as("%s in %s has triples with the IRI as subject", minted, syntax).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mintedIris")
    void pageNamesTheResource(Minted minted) {
        List<String> labels = labels(rdf(minted.iri(), Syntax.TURTLE), minted.iri());
        String page = html(minted.iri());
        if (labels.isEmpty()) {
            // The model gives some resources (a roadmap) no name of their own: the page names its IRI.
            assertThat(page).as("the page of %s, which has no label", minted).contains(minted.iri());
        } else {
            assertThat(labels).as("the page of %s shows one of its labels", minted).anyMatch(page::contains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mintedIris")
    void pageAlsoVariesByAccept(Minted minted) {
        HttpResponse<byte[]> response = http.get(minted.iri(), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Headers.vary(response))
                .as("Vary of the HTML page of %s: a cache must not hand it to an RDF client", minted).contains("accept");
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"ns", "sparql", "catalog?page=2&page_size=7"})
    void otherNegotiatedPagesVaryByAcceptToo(String path) {
        HttpResponse<byte[]> page = http.get(path, "Accept", "text/html");
        HttpResponse<byte[]> rdf = http.get(path, "Accept", "text/turtle");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Headers.mediaType(page)).isEqualTo("text/html");
        assertThat(Headers.mediaType(rdf)).as("the same URL answers RDF too").isEqualTo("text/turtle");
        assertThat(Headers.vary(page)).as("Vary of the HTML of /%s", path).contains("accept");
    }

    @Test
    void databaseFiledByAMergedBodyNamesItsOwnerToday() {
        Node database = Sparql.first(http, "SELECT ?d WHERE {" + OWNER_IS_SUCCESSOR + "} ORDER BY ?d LIMIT 1");
        assertThat(database).as("a database filed by an agency that has since merged").isNotNull();
        Node owner = Sparql.first(http, "SELECT ?owner WHERE { BIND(<" + database.getURI() + "> AS ?d)" + OWNER_IS_SUCCESSOR + "}");

        Graph graph = rdf(database.getURI(), Syntax.TURTLE);
        assertThat(graph.find(database, dm("currentOwner"), Node.ANY).mapWith(t -> t.getObject()).toList())
                .as("dm:currentOwner of %s", database).containsExactly(owner);
        String element = element(html(database.getURI()), "current-owner");
        assertThat(element).as("the current owner on the page of %s", database)
                .contains("href=\"" + URI.create(owner.getURI()).getPath() + "\"");
        assertThat(vietnameseNames(owner)).as("names of %s on the page", owner).anyMatch(element::contains);
    }

    @Test
    void mergedAgencySaysWhatItIsToday() {
        String today = element(html(server.base() + "agency/monre"), "today");
        assertThat(today).contains("href=\"/agency/mae\"");
        assertThat(vietnameseNames(NodeFactory.createURI(server.base() + "agency/mae"))).anyMatch(today::contains);
        assertThat(html(server.base() + "agency/mae")).as("an agency that still exists").doesNotContain("id=\"today\"");
    }

    @Test
    void aPartialTransferIsToldApartFromAMerger() {
        String lineage = element(html(server.base() + "agency/mae"), "agency-predecessors");
        String molisa = lineage.substring(lineage.indexOf("href=\"/agency/molisa\""));
        assertThat(molisa.substring(0, molisa.indexOf("</li>"))).contains("một phần chức năng");
        String monre = lineage.substring(lineage.indexOf("href=\"/agency/monre\""));
        assertThat(monre.substring(0, monre.indexOf("</li>"))).doesNotContain("một phần");
        assertThat(html(server.base() + "agency/mae?lang=en")).contains("part of its functions");
    }

    @Test
    void langParameterSwitchesThePageToEnglish() {
        assertThat(html(server.base() + "agency/mps")).contains("<html lang=\"vi\"");
        String english = html(server.base() + "agency/mps?lang=en");
        assertThat(english).contains("<html lang=\"en\"");
        List<String> englishLabels = labels(rdf(server.base() + "agency/mps", Syntax.TURTLE), server.base() + "agency/mps", "en");
        assertThat(englishLabels).isNotEmpty().anyMatch(english::contains);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agency/", "dataset/", "dataset/ndb-population/milestone/", "concept/database-kind/",
        "change/2025-03-01/", "legal/", "contact/", "transfer/"})
    void unknownIriUnderAMintedPrefixIsNotFound(String prefix) {
        ProblemBody.assertProblem(http.get(prefix + "no-such-thing-404", "Accept", "text/turtle"), 404);
    }

    @Test
    void unacceptableFormatIsRefusedWith406() {
        ProblemBody.assertProblem(http.get("agency/mps", "Accept", "image/png"), 406);
    }

    private static Graph rdf(String iri, Syntax syntax) {
        HttpResponse<byte[]> response = http.get(iri, "Accept", syntax.mediaType);
        assertThat(response.statusCode()).as("GET %s as %s: %s", iri, syntax, HttpTester.text(response)).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo(syntax.mediaType);
        assertThat(Headers.vary(response)).as("Vary of %s", iri).contains("accept");
        return Rdf4jGraphs.jena(response.body(), iri, syntax);
    }

    private static String html(String url) {
        HttpResponse<byte[]> response = http.get(url, "Accept", "text/html");
        assertThat(response.statusCode()).as("GET %s as HTML", url).isEqualTo(200);
        assertThat(Headers.mediaType(response)).isEqualTo("text/html");
        return HttpTester.text(response).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String element(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("an element with id=\"%s\"", id).isTrue();
        return m.group(2);
    }

    private static List<String> labels(Graph graph, String iri, String... languages) {
        // A name without a language tag in a Vietnamese catalogue (a contact's vcard:fn) counts too.
        List<String> langs = languages.length == 0 ? List.of("vi", "en", "") : List.of(languages);
        List<String> labels = new ArrayList<>();
        for (String property : LABELS) {
            graph.find(NodeFactory.createURI(iri), NodeFactory.createURI(property), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && langs.contains(t.getObject().getLiteralLanguage())) {
                    labels.add(t.getObject().getLiteralLexicalForm());
                }
            });
        }
        return labels;
    }

    private static List<String> vietnameseNames(Node agency) {
        String query = "SELECT ?n WHERE { <" + agency.getURI() + "> skos:prefLabel|foaf:name ?n FILTER(lang(?n) = \"vi\") }";
        List<String> names = Sparql.column(http, query).stream().map(Node::getLiteralLexicalForm).toList();
        assertThat(names).as("Vietnamese names of %s", agency).isNotEmpty();
        return names;
    }

    private static Node dm(String local) {
        return NodeFactory.createURI("https://w3id.org/vndatamap/ns#" + local);
    }
}
