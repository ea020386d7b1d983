package vn.datamap.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One backup file of the live map: gzipped N-Quads in {@code {dataDir}/backups/}.
 *
 * @param name    the file name, {@code datamap-<UTC timestamp>.nq.gz}
 * @param path    where it lies on the server
 * @param bytes   its size
 * @param created when it was written
 * @param triples statements written (a quad per triple of each graph), or null for a listed file
 * @param graphs  graphs written, or null for a listed file
 * @param generation the store generation it reflects, or null for a listed file
 */
public record Backup(String name, Path path, long bytes, Instant created, Long triples, Integer graphs, Long generation) {

    /** As the API shows it. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("path", path.toAbsolutePath().toString());
        body.put("bytes", bytes);
        body.put("created", created.toString());
        if (triples != null) {
            body.put("triples", triples);
            body.put("graphs", graphs);
            body.put("generation", generation);
        }
        return body;
    }
}
