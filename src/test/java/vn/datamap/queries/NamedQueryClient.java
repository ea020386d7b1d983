package vn.datamap.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;

/** Runs named queries over HTTP and reads their SPARQL JSON results; runs plain SPARQL for expectations. */
final class NamedQueryClient {
    /** The day the demo README counts from: every test that depends on dates pins it. */
    static final String DAY = "2026-11-28";
    private final TestServer server;
    private final HttpTester http;

    NamedQueryClient(TestServer server) {
        this.server = server;
        this.http = server.http();
    }

    HttpTester http() {
        return http;
    }

    /** The path of a named query with name/value pairs as parameters. */
    static String path(String name, String... params) {
        StringBuilder path = new StringBuilder("/queries/").append(name);
        for (int i = 0; i + 1 < params.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    /** The rows of a named query, read from its SPARQL JSON results (status 200 asserted). */
    List<Binding> rows(String name, String... params) {
        HttpResponse<byte[]> response = http.get(path(name, params), "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).as("%s: %s", path(name, params), HttpTester.text(response)).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<Binding> rows = new ArrayList<>();
        RowSet.adapt(rs).forEachRemaining(rows::add);
        return rows;
    }

    /** Every value of one column of a plain SPARQL SELECT on /sparql (prefixes added). */
    List<Node> column(String query) {
        return Sparql.column(http, query);
    }

    /** A single number from a plain SPARQL SELECT on /sparql (prefixes added). */
    long count(String query) {
        return http.count(Sparql.PREFIXES + query);
    }

    /** Numbers by key from a plain SPARQL SELECT of {@code ?key ?n} on /sparql (prefixes added). */
    Map<String, Long> counts(String query) {
        ResultSet rs = http.select(Sparql.PREFIXES + query);
        Map<String, Long> counts = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            counts.put(s.get("key").isURIResource() ? s.getResource("key").getURI() : s.getLiteral("key").getLexicalForm(),
                    s.getLiteral("n").getLong());
        }
        return counts;
    }

    /** A minted IRI of the test server. */
    String iri(String relative) {
        return server.base() + relative;
    }

    /** The relative paths of the IRIs in one column of rows. */
    static Set<String> ids(List<Binding> rows, String var, String prefix) {
        Set<String> ids = new HashSet<>();
        for (Binding row : rows) {
            Node n = row.get(var);
            if (n != null && n.isURI()) {
                String iri = n.getURI();
                ids.add(iri.substring(iri.indexOf(prefix) + prefix.length()));
            }
        }
        return ids;
    }

    static long number(Binding row, String var) {
        return Long.parseLong(row.get(var).getLiteralLexicalForm());
    }

    static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    /** The first row whose column holds the IRI ending with {@code suffix}. */
    static Binding rowWith(List<Binding> rows, String var, String suffix) {
        return rows.stream().filter(r -> r.get(var) != null && r.get(var).isURI() && r.get(var).getURI().endsWith(suffix))
                .findFirst().orElseThrow(() -> new AssertionError("no row with ?" + var + " ending " + suffix));
    }
}
