package vn.datamap.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import tools.jackson.databind.JsonNode;
import vn.datamap.support.ChildServer;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.WriteClient;

/**
 * An agency's catalogue as a restarted server shows it after a kill: the live graph in the dump,
 * its revision history, SPARQL and the text index. {@link #check} tells which catalogue version
 * is live and records every way the store falls short of showing exactly that version.
 */
final class RecoveredStore {
    /** One entry of the agency's revision history, newest first. */
    record Revision(int number, String activity, String agent) {
    }

    private final ChildServer server;
    private final Node graph;
    private final String agency;
    private final String authorization;

    RecoveredStore(ChildServer server, Node graph, String agency, String authorization) {
        this.server = server;
        this.graph = graph;
        this.agency = agency;
        this.authorization = authorization;
    }

    /**
     * Which version is live, or null when it is neither; every other check is recorded in
     * {@code problems}.
     */
    CrashCatalogue check(CrashCatalogue before, CrashCatalogue submitted, List<CrashCatalogue> versions,
                         List<Revision> revisionsBefore, KillPoint point, List<String> problems) {
        Set<Triple> live = liveCatalogue();
        Set<Triple> core = CrashCatalogue.withoutModified(live);
        CrashCatalogue outcome = core.equals(before.core()) ? before : core.equals(submitted.core()) ? submitted : null;
        String at = point + ": ";
        if (outcome == null) {
            problems.add(at + "the live catalogue is neither the one before (" + before.core().size() + " triples) nor the one "
                    + "submitted (" + submitted.core().size() + "): it has " + core.size() + " triples, "
                    + intersection(core, before.core()) + " of the first and " + intersection(core, submitted.core()) + " of the second");
            return null;
        }
        if (point == KillPoint.AFTER_RESPONSE && outcome != submitted) {
            problems.add(at + "a submission answered 200 is not live after a kill -9");
        }
        if (point.beforeCommit() && outcome != before) {
            problems.add(at + "a submission killed before its write transaction could commit is live");
        }
        long counted = count(Sparql.PREFIXES + "SELECT (COUNT(DISTINCT ?db) AS ?n) WHERE { GRAPH <" + graph.getURI()
                + "> { ?catalog dcat:dataset ?db . ?db a dm:Database } }");
        if (counted != outcome.databases()) {
            problems.add(at + "SPARQL counts " + counted + " databases, the live catalogue has " + outcome.databases());
        }
        checkRevisions(live, outcome == before, revisionsBefore, at, problems);
        checkTextIndex(outcome, versions, at, problems);
        return outcome;
    }

    /**
     * The newest revision holds exactly the live catalogue; a submission that did not become live
     * left no revision, and one that did left exactly one.
     */
    private void checkRevisions(Set<Triple> live, boolean unchanged, List<Revision> before, String at, List<String> problems) {
        List<Revision> after = revisions();
        if (unchanged && !after.equals(before)) {
            problems.add(at + "the catalogue is as before, but its revisions went from " + before + " to " + after);
        }
        if (!unchanged) {
            int expected = before.isEmpty() ? 1 : before.get(0).number() + 1;
            boolean one = after.size() == before.size() + 1 && after.subList(1, after.size()).equals(before)
                    && after.get(0).number() == expected;
            boolean recorded = after.isEmpty() ? false
                    : (after.get(0).activity().equals("submission") && after.get(0).agent().equals("admin"))
                    || (after.get(0).activity().equals("start") && after.get(0).agent().equals("system"));
            if (!one || !recorded) {
                problems.add(at + "the submitted catalogue is live, but its revisions went from " + before + " to " + after);
            }
        }
        if (!after.isEmpty()) {
            Set<Triple> newest = ntriples("/api/agencies/" + agency + "/revisions/" + after.get(0).number());
            if (!newest.equals(live)) {
                problems.add(at + "the newest revision (" + after.get(0) + ", " + newest.size() + " triples) is not the live catalogue ("
                        + live.size() + " triples)");
            }
        } else if (!live.isEmpty()) {
            problems.add(at + "a live catalogue without any revision");
        }
    }

    /** The text index finds the live version's marker word on every database, and the other versions' nowhere. */
    private void checkTextIndex(CrashCatalogue live, List<CrashCatalogue> versions, String at, List<String> problems) {
        for (CrashCatalogue v : versions) {
            long expected = v == live ? live.databases() : 0;
            long found = count(Sparql.PREFIXES + "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { (?s ?score) text:query (dct:title \"" + v.marker() + "\" 100000) . "
                    + "GRAPH <" + graph.getURI() + "> { ?s a dm:Database } }");
            if (found != expected) {
                problems.add(at + "text:query finds " + found + " databases titled '" + v.marker() + "', the live catalogue has " + expected);
            }
            JsonNode search = WriteClient.json(server.get("/search?type=database&limit=100&q=" + v.marker(), "Accept", "application/json"));
            int total = search.get("total").asInt();
            if ((total > 0) != (expected > 0)) {
                problems.add(at + "/search?q=" + v.marker() + " finds " + total + " databases, the live catalogue has " + expected);
            }
        }
    }

    /** The agency's graph as the dump has it: every triple, modification dates included. */
    Set<Triple> liveCatalogue() {
        HttpResponse<byte[]> dump = server.get("/dump");
        assertThat(dump.statusCode()).as("/dump").isEqualTo(200);
        Set<Triple> triples = new HashSet<>();
        RDFParser.source(new ByteArrayInputStream(HttpTester.gunzip(dump.body()))).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().equals(graph)) {
                    triples.add(quad.asTriple());
                }
            }
        });
        return triples;
    }

    /** The agency's revision history, newest first. */
    List<Revision> revisions() {
        HttpResponse<byte[]> r = server.get("/api/agencies/" + agency + "/revisions", "Authorization", authorization,
                "Accept", "application/json");
        assertThat(r.statusCode()).as("revisions: %s", HttpTester.text(r)).isEqualTo(200);
        List<Revision> list = new ArrayList<>();
        WriteClient.json(r).get("revisions").forEach(n -> list.add(new Revision(n.get("number").asInt(),
                n.get("activity").asString(), n.get("agent").asString())));
        return list;
    }

    private long count(String query) {
        HttpResponse<byte[]> r = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).as("SPARQL: %s", HttpTester.text(r)).isEqualTo(200);
        return WriteClient.json(r).get("results").get("bindings").get(0).get("n").get("value").asLong();
    }

    private Set<Triple> ntriples(String path) {
        HttpResponse<byte[]> r = server.get(path, "Authorization", authorization, "Accept", "application/n-triples");
        assertThat(r.statusCode()).as("%s: %s", path, HttpTester.text(r)).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
        return g.find().toSet();
    }

    private static long intersection(Set<Triple> x, Set<Triple> y) {
        return x.stream().filter(y::contains).count();
    }
}
