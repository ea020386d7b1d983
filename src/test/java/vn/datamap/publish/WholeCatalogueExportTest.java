package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.datamap.support.TestServer;
import vn.datamap.web.RdfFormat;

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

    @Test
    void theTurtleExportReachesTheResponseInLargeWritesNotSubjectBySubject() throws Exception {
        WholeCatalogues exports = TestServer.shared().server().context().getBean(WholeCatalogues.class);
        int[] flushes = {0};
        int[] writes = {0};
        ByteArrayOutputStream response = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writes[0]++;
                super.write(b, off, len);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        exports.write("moj", RdfFormat.TURTLE, response);

        Graph got = RDFParser.fromString(response.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE)
                .base(TestServer.shared().base()).toGraph();
        long subjects = got.find().mapWith(t -> t.getSubject()).toSet().size();
        assertThat(subjects).isGreaterThan(20);
        // RIOT's Turtle writer flushes once per subject block: none of those may reach the response.
        assertThat(flushes[0]).isEqualTo(1);
        assertThat(writes[0]).isLessThanOrEqualTo(1 + response.size() / (1 << 16));
    }
}
