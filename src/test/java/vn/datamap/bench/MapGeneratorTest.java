package vn.datamap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.datamap.validate.Finding;

class MapGeneratorTest {
    private static final Node STATUS = NodeFactory.createURI("https://w3id.org/vndatamap/ns#status");
    private static final Node DEPENDS = NodeFactory.createURI("https://w3id.org/vndatamap/ns#dependsOn");

    @Test
    void sameSeedSameFilesAndTheCataloguesConform(@TempDir Path dir) throws IOException {
        MapGenerator.Result a = new MapGenerator(7).generate(300, dir.resolve("a"));
        MapGenerator.Result b = new MapGenerator(7).generate(300, dir.resolve("b"));
        assertEquals(a.databasesByAgency(), b.databasesByAgency());
        assertEquals(300, a.databasesByAgency().values().stream().mapToInt(Integer::intValue).sum());
        for (String agency : a.databasesByAgency().keySet()) {
            assertEquals(Files.readString(dir.resolve("a").resolve(agency + ".ttl")),
                    Files.readString(dir.resolve("b").resolve(agency + ".ttl")), agency);
        }
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            assertEquals(a.files(), files.count());
        }

        Map<String, Graph> map = GeneratedMaps.parse(dir.resolve("a"));
        List<String> agencies = List.copyOf(map.keySet());
        List<String> sample = List.of(agencies.get(0), a.largestAgency(), agencies.get(agencies.size() - 1));
        List<Finding> findings = GeneratedMaps.findings(map, sample);
        assertEquals(List.of(), findings.stream().map(f -> f.severity() + " " + f.focus() + " " + f.shape()).toList());

        Set<String> statuses = new TreeSet<>();
        Set<String> dependencies = new TreeSet<>();
        map.values().forEach(g -> {
            g.find(Node.ANY, STATUS, Node.ANY).forEachRemaining(t -> statuses.add(t.getObject().getURI().replaceAll(".*/", "")));
            g.find(Node.ANY, DEPENDS, Node.ANY).forEachRemaining(t -> dependencies.add(
                    t.getObject().getURI().contains("/ndb-") ? "national" : "generated"));
        });
        assertEquals(Set.of("planned", "in-progress", "completed", "delayed", "cancelled"), statuses);
        assertEquals(Set.of("national", "generated"), dependencies);
        String text = Files.readString(dir.resolve("a").resolve(a.largestAgency() + ".ttl"));
        assertTrue(text.contains("Cơ sở dữ liệu về"), "Vietnamese text with diacritics");
        assertTrue(text.contains("<catalog/" + a.largestAgency() + ">"), "relative IRIs");
    }

    @Test
    void countsItsTriplesAndGrowsOneCatalogueToTheSubmissionSize(@TempDir Path dir) {
        MapGenerator.Result result = new MapGenerator(3).generate(400, dir, 6000);
        Map<String, Graph> map = GeneratedMaps.parse(dir);
        assertEquals(result.triples(), map.values().stream().mapToLong(Graph::size).sum(), "counted as written");

        MapGenerator.Submission s = result.submission();
        assertEquals(dir.resolve("submission").resolve(s.agency() + ".ttl"), s.file());
        Graph grown = GeneratedMaps.parse(dir.resolve("submission")).get(s.agency());
        assertEquals(s.triples(), grown.size());
        assertTrue(s.triples() >= 6000 && s.triples() < 6200, "just over the size asked: " + s.triples());
        assertEquals(result.databasesByAgency().get(s.agency()), s.storedDatabases());
        assertTrue(s.databases() > s.storedDatabases(), s.toString());
        Graph stored = map.get(s.agency());
        stored.find().forEachRemaining(t -> assertTrue(grown.contains(t), "the stored databases are kept as they are: " + t));

        map.put(s.agency(), grown);
        assertEquals(List.of(), GeneratedMaps.findings(map, List.of(s.agency())).stream()
                .map(f -> f.severity() + " " + f.focus() + " " + f.shape()).toList(), "the grown catalogue conforms");
    }

    @Test
    void agenciesAreTheCurrentOnesOfTheReferenceData() {
        List<MapGenerator.Agency> agencies = MapGenerator.currentAgencies();
        Set<String> ids = agencies.stream().map(MapGenerator.Agency::id).collect(Collectors.toSet());
        assertTrue(ids.contains("mps") && ids.contains("vn34-ha-noi"), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.endsWith("-pre2025") || id.startsWith("vn63-")), ids.toString());
    }
}
