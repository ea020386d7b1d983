package vn.datamap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/**
 * The limits RDF bodies are held to before and while they are parsed, on their own: what counts
 * as nesting (and what does not: brackets in strings, comments and IRIs), where a bad byte is,
 * which XML is refused. The whole server's answers are in {@code hardening/HostileInputTest}.
 */
class RdfBodyLimitsTest {
    private static final String BASE = "http://limits.test/";

    private static Graph parse(String body, BodyFormat format) {
        return RdfBodyParser.parse(body.getBytes(StandardCharsets.UTF_8), format, BASE);
    }

    @Test
    void bracketsInStringsCommentsAndIrisAreNotNesting() {
        String many = "[(".repeat(300);
        String q3 = "\"\"\"";
        Graph g = parse("@prefix ex: <http://example.org/[[[[(((> . # " + many + "\n"
                + "ex:a ex:p \"" + many + "\", '" + many + "', " + q3 + many + " \\\" \"\" x" + q3 + ", '''" + many + "''' ;\n"
                + "     ex:q <http://example.org/a[b(c> ;\n"
                + "     ex:r [ ex:s ( 1 2 [ ex:t \"x\" ] ) ] .\n", BodyFormat.TURTLE);
        assertThat(g.size()).isGreaterThan(8);
        assertThat(parse("{\"@id\": \"catalog/x\", \"http://example.org/p\": \"" + "[{".repeat(300) + "\\\"\"}",
                BodyFormat.JSONLD).size()).isEqualTo(1);
    }

    @Test
    void nestingIsBoundedAtOneHundredLevels() {
        String ok = "<a> <p> " + "[ <p> ".repeat(BodyScan.MAX_DEPTH - 1) + "\"x\"" + " ]".repeat(BodyScan.MAX_DEPTH - 1) + " .";
        assertThat(parse(ok, BodyFormat.TURTLE).size()).isEqualTo(BodyScan.MAX_DEPTH);
        String deep = "<a> <p> " + "( ".repeat(BodyScan.MAX_DEPTH + 1) + "1" + " )".repeat(BodyScan.MAX_DEPTH + 1) + " .";
        assertThatThrownBy(() -> parse(deep, BodyFormat.TURTLE)).isInstanceOf(SyntaxProblem.class).hasMessageContaining("nests more than 100");
        String json = "{\"@id\": \"a\", \"http://example.org/p\": " + "[".repeat(BodyScan.MAX_DEPTH + 1) + "1" + "]".repeat(BodyScan.MAX_DEPTH + 1) + "}";
        assertThatThrownBy(() -> parse(json, BodyFormat.JSONLD)).isInstanceOf(SyntaxProblem.class).hasMessageContaining("nests more than 100");
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedWithItsLineAndColumn() {
        byte[] body = "<a> <p> \"ok\" .\n<a> <p> \"bá?\" .\n".getBytes(StandardCharsets.UTF_8);
        body[body.length - 5] = (byte) 0xFF;
        assertThatThrownBy(() -> RdfBodyParser.parse(body, BodyFormat.NTRIPLES, BASE)).isInstanceOf(SyntaxProblem.class)
                .hasMessageContaining("line 2, column 12")
                .satisfies(e -> assertThat(((SyntaxProblem) e).line()).isEqualTo(2));
    }

    @Test
    void rdfXmlWithADoctypeIsRefusedAndWithoutOneIsRead() {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="catalog/x"><dct:title xml:lang="vi">Danh mục &amp; cơ sở</dct:title></rdf:Description>
                </rdf:RDF>
                """;
        assertThat(parse(rdf, BodyFormat.RDFXML).size()).isEqualTo(1);
        assertThatThrownBy(() -> parse("<!DOCTYPE rdf:RDF [<!ENTITY x \"y\">]>\n" + rdf, BodyFormat.RDFXML))
                .isInstanceOf(SyntaxProblem.class).hasMessageContaining("DOCTYPE").hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse(rdf.replace("</rdf:RDF>", "</rdf:RDFX>"), BodyFormat.RDFXML))
                .isInstanceOf(SyntaxProblem.class).hasMessageContaining("line 3");
    }

    @Test
    void namedGraphsLongLiteralsAndRemoteContextsAreRefused() {
        assertThatThrownBy(() -> parse("{\"@id\": \"http://g.test/\", \"@graph\": [{\"@id\": \"a\", \"http://example.org/p\": 1}]}",
                BodyFormat.JSONLD)).isInstanceOf(SyntaxProblem.class).hasMessageContaining("named graph <http://g.test/>");
        assertThatThrownBy(() -> parse("<a> <p> \"" + "x".repeat(BoundedSink.MAX_LITERAL + 1) + "\" .", BodyFormat.TURTLE))
                .isInstanceOf(SyntaxProblem.class).hasMessageContaining("longer than the limit");
        assertThatThrownBy(() -> parse("{\"@context\": \"http://192.0.2.1/context.jsonld\", \"@id\": \"a\"}", BodyFormat.JSONLD))
                .isInstanceOf(SyntaxProblem.class).hasMessageContaining("not fetched").hasMessageContaining("192.0.2.1");
    }
}
