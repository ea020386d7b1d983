package vn.datamap.hardening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What {@link ConcurrentReadersTest}'s endpoints answered, counted per endpoint: how many times
 * each status, and how many times each catalogue version. Safe to count from many threads.
 */
final class EndpointTally {
    private final Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> versions = new ConcurrentHashMap<>();

    void status(String endpoint, int status) {
        statuses.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    void version(String endpoint, String version) {
        versions.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>()).computeIfAbsent(version, k -> new LongAdder()).increment();
    }

    /** The versions an endpoint showed at least once. */
    Set<String> versionsSeen(String endpoint) {
        return versions.getOrDefault(endpoint, Map.of()).keySet();
    }

    /** Each 5xx status, and each failed request (status -1), with its endpoint and count: {@code search 503 x2}. */
    List<String> serverErrors() {
        return statuses.entrySet().stream().flatMap(e -> e.getValue().entrySet().stream()
                .filter(s -> s.getKey() >= 500 || s.getKey() < 0).map(s -> e.getKey() + " " + s.getKey() + " x" + s.getValue())).toList();
    }

    /** One line per endpoint with its status and version counts, then the writer's switches and PUT times. */
    String table(int switches, List<Long> writeMillis) {
        StringBuilder t = new StringBuilder(String.format("%n%-26s | %-28s | %s%n", "endpoint", "status: count", "version seen: count"));
        new TreeMap<>(statuses).forEach((name, byStatus) -> t.append(String.format("%-26s | %-28s | %s%n", name,
                new TreeMap<>(byStatus).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                new TreeMap<>(versions.getOrDefault(name, Map.of())).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")))));
        return t.append("versions made live by the writer: ").append(switches).append(", PUT took ")
                .append(writeMillis.stream().mapToLong(Long::longValue).summaryStatistics()).append(" ms\n").toString();
    }
}
