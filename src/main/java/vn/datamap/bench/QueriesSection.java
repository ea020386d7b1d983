package vn.datamap.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * 2. Named map queries ({@code GET /queries/{name}}) against the same SPARQL sent to a plain
 * embedded Fuseki (no project code) over a copy of the same store, assembled as a Fuseki started
 * with the project's {@code fuseki-config} assembles it (TDB2 behind its Lucene text index), union
 * default graph on.
 * The server binds {@code ?today} (Viet Nam's date) as an RDF term; the plain query gets the same
 * date substituted by Jena's {@link ParameterizedSparqlString}. Requests alternate between the two
 * servers; both answer SPARQL JSON, and the row counts are compared.
 */
final class QueriesSection {
    static final String PART = "2 named query";
    /** Queries without a required parameter, from the cheap headline to the heaviest roadmap query. */
    static final List<String> QUERIES = List.of("coverage", "coverage-by-kind", "databases-by-kind",
            "national-database-dependents", "milestones-by-status", "roadmap-by-quarter", "overdue-milestones");
    private static final String RESULTS = "application/sparql-results+json";
    private final SizeRun run;
    private final int fusekiPort;

    QueriesSection(SizeRun run, int fusekiPort) {
        this.run = run;
        this.fusekiPort = fusekiPort;
    }

    List<Row> measure() {
        List<Row> rows = new ArrayList<>();
        for (String name : QUERIES) {
            String plain = plainQuery(name);
            AtomicReference<String> ours = new AtomicReference<>();
            AtomicReference<String> theirs = new AtomicReference<>();
            Timing[] t = Timing.paired(run.settings().iterations(), run.settings().budget(), run.settings().warmUp(),
                    () -> ours.set(run.http().get(run.port(), "/queries/" + name, RESULTS)),
                    () -> theirs.set(run.http().postQuery(fusekiPort, "/ds/query", plain, RESULTS)));
            long rowsOurs = count(ours.get());
            long rowsTheirs = count(theirs.get());
            String same = rowsOurs == rowsTheirs ? rowsOurs + " result rows on both" 
                    : "ROW COUNTS DIFFER: app " + rowsOurs + ", Fuseki " + rowsTheirs;
            Row fuseki = Row.ms(run.size(), PART, "plain Fuseki: the same SPARQL (POST /ds/query)", t[1], "baseline");
            rows.add(Row.ms(run.size(), PART, "GET /queries/" + name, t[0], same).against(fuseki, Target.QUERY));
            rows.add(fuseki);
            run.say("query %s: app %.1f ms, Fuseki %.1f ms (%s)", name, t[0].median(), t[1].median(), same);
        }
        return rows;
    }

    /** The query text with {@code ?today} bound as the server binds it. */
    static String plainQuery(String name) {
        String text;
        try (InputStream in = QueriesSection.class.getClassLoader().getResourceAsStream("datamap/named-queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("no named query " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        pss.setParam("today", NodeFactory.createLiteralDT(today, XSDDatatype.XSDdate));
        return pss.toString();
    }

    private static long count(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }
}
