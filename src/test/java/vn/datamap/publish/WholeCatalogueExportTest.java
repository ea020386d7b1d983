package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.datamap.support.TestServer;

/**
 * The unpaged export of an agency's catalogue is streamed in N-Triples and Turtle, and holds
 * exactly the triples of the catalogue built as a graph (which RDF/XML and JSON-LD still use):
 * the stored graph plus what the catalogue publishes beyond it, the first time and from the kept
 * extras after.
 */
class WholeCatalogueExportTest {

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"moj, nt, application/n-triples", "moj, ttl, text/turtle", "government, ttl, text/turtle",
            "government, nt, application/n-triples", "vn34-ha-noi, nt, application/n-triples", "moj, jsonld, application/ld+json"})
    void theStreamedExportIsTheCatalogue(String agency, String suffix, String mediaType) {
        TestServer server = TestServer.shared();
        Graph expected = server.server().context().getBean(CatalogPublisher.class).whole(agency);
        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> r = server.http().get("/catalog/" + agency + "." + suffix);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
            Lang lang = suffix.equals("nt") ? Lang.NTRIPLES : suffix.equals("ttl") ? Lang.TURTLE : Lang.JSONLD;
            Graph got = RDFParser.fromString(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), lang)
                    .base(server.base()).toGraph();
            assertThat(got.size()).as("round %d", round).isEqualTo(expected.size());
            assertThat(IsoMatcher.isomorphic(got, expected)).as("round %d", round).isTrue();
        }
    }
}
