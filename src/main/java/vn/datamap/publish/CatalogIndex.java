package vn.datamap.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Component;
import vn.datamap.store.QueryLibrary;
import vn.datamap.store.StoreReader;
import vn.datamap.store.StoreState;

/**
 * The ordered list of datasets of the national map and of each catalogue, built once per store
 * generation, from the read that serves the page. Pages are slices of it, so serving page N costs the same as page 1: no
 * {@code OFFSET} scan. The lists of the last few generations are kept, so that a harvester
 * walking the pages sees one consistent membership even if a write lands meanwhile.
 */
@Component
public class CatalogIndex {
    private static final int KEEP = 8;

    /** One dataset, the catalogue that lists it and when it last changed. */
    public record Entry(Node dataset, Node catalogue, Instant modified) {
    }

    /** The index of one generation. */
    public record Snapshot(StoreState state, List<Entry> all, Map<Node, List<Entry>> byCatalogue) {
        public List<Entry> entries(Node catalogue) {
            return catalogue == null ? all : byCatalogue.getOrDefault(catalogue, List.of());
        }
    }

    private final Map<Long, Snapshot> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > KEEP;
        }
    });

    /** The index of the generation a reader sees, built from that reader when it is not kept. */
    public Snapshot current(StoreReader reader) {
        Snapshot s = recent.get(reader.state().generation());
        return s != null ? s : build(reader);
    }

    /** Whether the index of {@code generation} is built and kept (for the warmer and tests). */
    public boolean isKept(long generation) {
        return recent.containsKey(generation);
    }

    /** The index of an earlier generation if it is still kept, else that of the reader's generation. */
    public Snapshot at(long generation, StoreReader reader) {
        Snapshot s = recent.get(generation);
        return s != null ? s : current(reader);
    }

    private synchronized Snapshot build(StoreReader reader) {
        Snapshot cached = recent.get(reader.state().generation());
        if (cached != null) {
            return cached;
        }
        List<Entry> entries = new ArrayList<>();
        reader.select(QueryLibrary.get("publish/catalog-index"), null, row -> entries.add(entry(row)));
        Snapshot built = index(reader.state(), entries);
        recent.put(built.state().generation(), built);
        return built;
    }

    private static Snapshot index(StoreState state, List<Entry> entries) {
        entries.sort(Comparator.comparing((Entry e) -> e.dataset().getURI()).thenComparing(e -> e.catalogue().getURI()));
        List<Entry> all = new ArrayList<>(entries.size());
        Set<Node> seen = new HashSet<>();
        Map<Node, List<Entry>> byCatalogue = new HashMap<>();
        for (Entry e : entries) {
            if (seen.add(e.dataset())) {
                all.add(e);
            }
            byCatalogue.computeIfAbsent(e.catalogue(), c -> new ArrayList<>()).add(e);
        }
        return new Snapshot(state, List.copyOf(all), Map.copyOf(byCatalogue));
    }

    private static Entry entry(Binding row) {
        return new Entry(row.get("dataset"), row.get("catalog"), instant(row.get("modified")));
    }

    /** xsd:date as the start of that day in UTC; xsd:dateTime as given (UTC when no offset). */
    static Instant instant(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return Instant.EPOCH;
        }
        String lexical = literal.getLiteralLexicalForm();
        try {
            if (lexical.length() <= 10) {
                return LocalDate.parse(lexical).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(lexical).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return Instant.EPOCH;
            }
        }
    }
}
