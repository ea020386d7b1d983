package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import vn.datamap.store.ShippedData;

/**
 * A synthetic national data map: {@code databases} databases spread over the agencies that exist
 * today in the reference data (ministries, ministerial-level and government agencies, provinces
 * and cities), one Turtle file per agency catalogue with relative IRIs, like the demo files.
 * The same seed gives the same files, byte for byte.
 *
 * <p>Dependencies only point to national databases ({@code dataset/ndb-*}), to earlier databases
 * of the same agency, or to databases of agencies whose id sorts before this one: loading the
 * files in file-name order (or through {@code import --agency}) never refers to a database that
 * is not in the map yet, and the graph of dependencies has no cycle. The data is synthetic and
 * says so in every catalogue description; it is not marked {@code dm:illustrative} (that flag is
 * reserved for the shipped demo set, which {@code DATAMAP_DEMO=false} removes).
 */
public final class MapGenerator {
    /** Placeholder base while reading the reference data; only relative ids leave this class. */
    private static final String BASE = "http://generate.invalid/";
    /** The day the roadmap statuses are drawn against: before it mostly done, after it mostly planned. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static final List<String> NATIONAL = List.of("ndb-population", "ndb-land", "ndb-business-registration",
            "ndb-insurance", "ndb-civil-status", "ndb-finance", "ndb-officials", "ndb-construction",
            "ndb-admin-procedures", "ndb-legal", "ndb-prices", "ndb-housing-real-estate",
            "ndb-population-statistics", "ndb-national-aggregate");

    /** One agency of the reference data that exists today. */
    public record Agency(String id, String labelVi, String labelEn, String kind, LocalDate validFrom) {
        boolean isLocal() {
            return kind.equals("province") || kind.equals("city");
        }
    }

    /** What was written: databases per agency (in file order), the largest agency, bytes and triples in all. */
    public record Result(Path directory, Map<String, Integer> databasesByAgency, String largestAgency,
                         long bytes, long triples, Submission submission) {
        public int files() {
            return databasesByAgency.size();
        }
    }

    /**
     * The large catalogue to submit: an agency's catalogue grown from {@code storedDatabases} (as in
     * the map) to {@code databases}, {@code triples} triples and {@code bytes} bytes of Turtle.
     */
    public record Submission(String agency, Path file, int storedDatabases, int databases, long triples, long bytes) {}

    private final long seed;

    public MapGenerator(long seed) {
        this.seed = seed;
    }

    /** Agencies that exist today (no end date) and may file a catalogue, sorted by id. */
    public static List<Agency> currentAgencies() {
        Graph reference = new ShippedData(BASE).reference();
        Query query = QueryFactory.create("""
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX dm: <https://w3id.org/vndatamap/ns#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?agency ?vi ?en ?kind ?from WHERE {
                  ?agency a dm:Agency ; dm:agencyKind/skos:notation ?kind ; skos:prefLabel ?vi, ?en .
                  FILTER(lang(?vi) = "vi" && lang(?en) = "en")
                  FILTER(?kind IN ("ministry", "ministerial-agency", "government-agency", "province", "city"))
                  FILTER NOT EXISTS { ?agency dm:validUntil ?until }
                  OPTIONAL { ?agency dm:validFrom ?from }
                } ORDER BY ?agency""");
        List<Agency> agencies = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(query, ModelFactory.createModelForGraph(reference))) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String id = row.getResource("agency").getURI().substring((BASE + "agency/").length());
                LocalDate from = row.contains("from") ? LocalDate.parse(row.getLiteral("from").getLexicalForm()) : null;
                agencies.add(new Agency(id, row.getLiteral("vi").getLexicalForm(), row.getLiteral("en").getLexicalForm(),
                        row.getLiteral("kind").getLexicalForm(), from));
            }
        }
        return agencies;
    }

    /** Writes one {@code {agencyId}.ttl} per agency that gets at least one database. */
    public Result generate(int databases, Path directory) {
        return generate(databases, directory, 0);
    }

    /**
     * Writes the map and, when {@code submissionTriples} is positive, {@code submission/{agencyId}.ttl}:
     * the catalogue of the agency with the most databases that still fits in that many triples,
     * grown to at least {@code submissionTriples} triples. Its first databases are those of the
     * map's file, byte for byte; the rest are new. It is what the benchmark submits in place of
     * the stored catalogue: a large catalogue sent again with additions.
     */
    public Result generate(int databases, Path directory, long submissionTriples) {
        List<Agency> agencies = currentAgencies();
        if (agencies.isEmpty()) {
            throw new IllegalStateException("The reference data lists no current agency");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> counts = split(databases, agencies, random);
        String largest = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
        List<String> written = new ArrayList<>();
        Map<String, List<String>> earlier = new HashMap<>();
        Map<String, Integer> kept = new LinkedHashMap<>();
        long bytes = 0;
        long triples = 0;
        try {
            Files.createDirectories(directory);
            for (Agency agency : agencies) {
                int n = counts.getOrDefault(agency.id(), 0);
                if (n == 0) {
                    continue;
                }
                List<String> others = List.copyOf(written);
                earlier.put(agency.id(), others);
                SyntheticCatalogue catalogue = new SyntheticCatalogue(seed, agency, others);
                byte[] data = catalogue.text(n, null).getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(agency.id() + ".ttl"), data);
                bytes += data.length;
                triples += catalogue.triples();
                written.addAll(SyntheticCatalogue.ids(agency.id(), n));
                kept.put(agency.id(), n);
            }
            Submission submission = submissionTriples > 0
                    ? submission(agencies, kept, earlier, submissionTriples, directory.resolve("submission")) : null;
            return new Result(directory, kept, largest, bytes, triples, submission);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Grows the largest catalogue that fits in {@code target} triples to that size. */
    private Submission submission(List<Agency> agencies, Map<String, Integer> counts, Map<String, List<String>> earlier,
                                  long target, Path directory) throws IOException {
        List<Agency> bySize = agencies.stream().filter(a -> counts.containsKey(a.id()))
                .sorted(Comparator.comparing((Agency a) -> counts.get(a.id())).reversed().thenComparing(Agency::id)).toList();
        for (Agency agency : bySize) {
            SyntheticCatalogue catalogue = new SyntheticCatalogue(seed, agency, earlier.get(agency.id()));
            int needed = catalogue.databasesFor(target);
            if (counts.get(agency.id()) <= needed || agency == bySize.get(bySize.size() - 1)) {
                int n = Math.max(needed, counts.get(agency.id()));
                byte[] data = catalogue.text(n, null).getBytes(StandardCharsets.UTF_8);
                Files.createDirectories(directory);
                Path file = directory.resolve(agency.id() + ".ttl");
                Files.write(file, data);
                return new Submission(agency.id(), file, counts.get(agency.id()), n, catalogue.triples(), data.length);
            }
        }
        throw new IllegalStateException("no catalogue to grow");
    }

    /**
     * Databases per agency: a skewed split (a few big ministries, many small provinces). The
     * agency drawn first gets about a tenth of the map, the "large catalogue" of the benchmark.
     */
    private static Map<String, Integer> split(int databases, List<Agency> agencies, SplittableRandom random) {
        double[] weights = new double[agencies.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = (agencies.get(i).isLocal() ? 1.0 : 2.0) * (0.3 + random.nextDouble() * random.nextDouble() * 3);
            weights[i] = w;
            total += w;
        }
        int big = random.nextInt(agencies.size());
        // The big one holds ~10% of the map: w / (total + w) = 0.1.
        total -= weights[big];
        weights[big] = total / 9;
        total += weights[big];
        Map<String, Integer> counts = new LinkedHashMap<>();
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            int n = (int) Math.floor(databases * weights[i] / total);
            counts.put(agencies.get(i).id(), n);
            given += n;
        }
        for (int i = 0; given < databases; i = (i + 1) % weights.length, given++) {
            counts.merge(agencies.get(i).id(), 1, Integer::sum);
        }
        return counts;
    }

}
