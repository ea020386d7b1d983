package vn.datamap.support;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Small conveniences over {@link HttpTester#select} for discovering IRIs at run time. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX dm:   <https://w3id.org/vndatamap/ns#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    private Sparql() {}

    /** Every value of the first variable (the prefixes above are added). */
    public static List<Node> column(HttpTester http, String query) {
        ResultSet rows = http.select(PREFIXES + query);
        String var = rows.getResultVars().get(0);
        List<Node> values = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.get(var) != null) {
                values.add(row.get(var).asNode());
            }
        }
        return values;
    }

    /** The first value of the first variable, or null. */
    public static Node first(HttpTester http, String query) {
        List<Node> values = column(http, query);
        return values.isEmpty() ? null : values.get(0);
    }
}
