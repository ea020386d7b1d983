package vn.datamap.hardening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;
import vn.datamap.support.TestServer;
import vn.datamap.support.WriteClient;

/**
 * What the readers of {@link ConcurrentReadersTest} ask, by endpoint: SPARQL, the DCAT catalogue
 * whole and paged, the database pages, search and health. Each probe answers which of the two
 * {@link SwitchedCatalogue} versions it saw, or what was torn when it saw neither whole.
 */
final class CatalogueProbes {
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Node TITLE = NodeFactory.createURI(DCT + "title");
    private static final Node DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#dataset");
    private static final Node TOTAL_ITEMS = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#totalItems");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What one request saw: its status, the version it showed (or null), and what was torn, if anything. */
    record Seen(int status, String version, String torn) {
        static Seen of(int status, SwitchedCatalogue v) {
            return new Seen(status, v == null ? null : v.name(), null);
        }

        static Seen torn(int status, String what) {
            return new Seen(status, null, what);
        }
    }

    private final TestServer server;
    private final String agency;
    private final SwitchedCatalogue a;
    private final SwitchedCatalogue b;

    CatalogueProbes(TestServer server, String agency, SwitchedCatalogue a, SwitchedCatalogue b) {
        this.server = server;
        this.agency = agency;
        this.a = a;
        this.b = b;
    }

    /** The probes by endpoint name, in name order. */
    Map<String, Supplier<Seen>> byEndpoint() {
        String graph = server.base() + "graph/catalog/" + agency;
        Map<String, Supplier<Seen>> probes = new TreeMap<>();
        probes.put("sparql count", () -> {
            HttpResponse<byte[]> r = sparql("SELECT (COUNT(DISTINCT ?db) AS ?n) WHERE { GRAPH <" + graph + "> { ?db a dm:Database } }");
            if (r.statusCode() != 200) {
                return Seen.torn(r.statusCode(), "status " + r.statusCode());
            }
            int n = WriteClient.json(r).get("results").get("bindings").get(0).get("n").get("value").asInt();
            return byCount(r.statusCode(), n, "databases");
        });
        probes.put("sparql titles", () -> {
            HttpResponse<byte[]> r = sparql("SELECT ?title WHERE { GRAPH <" + graph + "> { ?db a dm:Database ; dct:title ?title . "
                    + "FILTER(lang(?title) = \"vi\") } }");
            if (r.statusCode() != 200) {
                return Seen.torn(r.statusCode(), "status " + r.statusCode());
            }
            Set<String> titles = new TreeSet<>();
            WriteClient.json(r).get("results").get("bindings").forEach(row -> titles.add(row.get("title").get("value").asString()));
            return byTitles(r.statusCode(), titles);
        });
        probes.put("catalog whole ttl", () -> catalogue("/catalog/" + agency, false));
        probes.put("catalog page ttl", () -> catalogue("/catalog/" + agency + "?page=1&page_size=50", true));
        probes.put("dataset html", () -> datasetPage("conc-02"));
        probes.put("dataset ttl", () -> datasetTitle("conc-03", Set.of(200)));
        probes.put("dataset ttl (only in B)", () -> datasetTitle("conc-08", Set.of(200, 404, 410)));
        probes.put("health", () -> {
            HttpResponse<byte[]> r = get("/actuator/health", "application/json");
            return r.statusCode() == 200 && HttpTester.text(r).contains("\"UP\"") ? Seen.of(200, null)
                    : Seen.torn(r.statusCode(), "health: " + HttpTester.text(r));
        });
        probes.put("search", this::search);
        return probes;
    }

    /** The catalogue in Turtle: which databases it lists, their titles and (paged) the total it announces. */
    private Seen catalogue(String path, boolean paged) {
        HttpResponse<byte[]> r = get(path, "text/turtle");
        if (r.statusCode() != 200) {
            return Seen.torn(r.statusCode(), "status " + r.statusCode());
        }
        Graph g = parse(r, path);
        Node catalogue = NodeFactory.createURI(server.base() + "catalog/" + agency);
        Set<String> titles = new TreeSet<>();
        List<Node> datasets = g.find(catalogue, DATASET, Node.ANY).mapWith(t -> t.getObject()).toList();
        for (Node dataset : datasets) {
            titles.addAll(viTitles(g, dataset));
        }
        Seen seen = byTitles(200, titles);
        if (seen.torn() == null && titles.size() != datasets.size()) {
            return Seen.torn(200, datasets.size() + " datasets listed with " + titles.size() + " titles " + titles);
        }
        if (seen.torn() == null && paged) {
            long total = g.find(Node.ANY, TOTAL_ITEMS, Node.ANY).mapWith(t -> ((Number) t.getObject().getLiteralValue()).longValue())
                    .toList().stream().findFirst().orElse(-1L);
            if (total != datasets.size()) {
                return Seen.torn(200, "page lists " + datasets.size() + " datasets of version " + seen.version()
                        + " but announces hydra:totalItems " + total);
            }
        }
        return seen;
    }

    /** A database's HTML page shows the title of A or that of B, not both. */
    private Seen datasetPage(String id) {
        HttpResponse<byte[]> r = get("/dataset/" + id, "text/html");
        String page = HttpTester.text(r);
        boolean showsA = page.contains(a.titles().get(id));
        boolean showsB = page.contains(b.titles().get(id));
        return r.statusCode() == 200 && showsA != showsB ? Seen.of(200, showsA ? a : b)
                : Seen.torn(r.statusCode(), "status " + r.statusCode() + ", title of A shown: " + showsA + ", of B: " + showsB);
    }

    /** A database's page in Turtle: its one Vietnamese title is that of A or of B. */
    private Seen datasetTitle(String id, Set<Integer> allowed) {
        HttpResponse<byte[]> r = get("/dataset/" + id, "text/turtle");
        if (!allowed.contains(r.statusCode())) {
            return Seen.torn(r.statusCode(), id + ": status " + r.statusCode());
        }
        if (r.statusCode() != 200) {
            return Seen.of(r.statusCode(), a); // only version B has it
        }
        Set<String> titles = viTitles(parse(r, "/dataset/" + id), NodeFactory.createURI(server.base() + "dataset/" + id));
        if (titles.equals(Set.of(a.titles().getOrDefault(id, "-")))) {
            return Seen.of(200, a);
        }
        return titles.equals(Set.of(b.titles().get(id))) ? Seen.of(200, b) : Seen.torn(200, id + " titled " + titles);
    }

    /** Search for one version's marker word, alternately A's and B's: all of its titles, or none when the other is live. */
    private Seen search() {
        SwitchedCatalogue asked = ThreadLocalFlip.next() ? a : b;
        HttpResponse<byte[]> r = get("/search?type=database&limit=100&q=" + asked.marker(), "application/json");
        if (r.statusCode() != 200) {
            return Seen.torn(r.statusCode(), "status " + r.statusCode());
        }
        Set<String> titles = new TreeSet<>();
        WriteClient.json(r).get("results").forEach(hit -> titles.add(hit.get("title").get("vi").asString()));
        if (titles.isEmpty()) {
            return Seen.of(200, asked == a ? b : a);
        }
        return titles.equals(asked.titleSet()) ? Seen.of(200, asked)
                : Seen.torn(200, "q=" + asked.marker() + " found " + titles);
    }

    private Seen byCount(int status, int n, String what) {
        return n == a.titles().size() ? Seen.of(status, a) : n == b.titles().size() ? Seen.of(status, b)
                : Seen.torn(status, n + " " + what + " (A has " + a.titles().size() + ", B " + b.titles().size() + ")");
    }

    private Seen byTitles(int status, Set<String> titles) {
        return titles.equals(a.titleSet()) ? Seen.of(status, a) : titles.equals(b.titleSet()) ? Seen.of(status, b)
                : Seen.torn(status, "titles " + titles);
    }

    private static Set<String> viTitles(Graph g, Node subject) {
        return g.find(subject, TITLE, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(o -> o.isLiteral() && "vi".equals(o.getLiteralLanguage()))
                .mapWith(Node::getLiteralLexicalForm).toSet();
    }

    /** Each reader thread alternates the word it searches for. */
    private static final class ThreadLocalFlip {
        private static final ThreadLocal<boolean[]> FLIP = ThreadLocal.withInitial(() -> new boolean[1]);

        static boolean next() {
            boolean[] f = FLIP.get();
            f[0] = !f[0];
            return f[0];
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    private HttpResponse<byte[]> sparql(String query) {
        return get("/sparql?query=" + URLEncoder.encode(Sparql.PREFIXES + query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    private HttpResponse<byte[]> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept).GET());
    }

    /** Sends with a 60-second timeout on the client all readers and the writer share. */
    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Graph parse(HttpResponse<byte[]> r, String path) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).base(server.url(path)).parse(g);
        return g;
    }
}
