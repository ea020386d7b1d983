package vn.datamap.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import vn.datamap.support.HttpTester;
import vn.datamap.support.Sparql;

/**
 * When each dataset of the live map last changed, read through SPARQL: its {@code dct:modified},
 * else its {@code dct:issued}, else its catalogue's {@code dct:modified}. An {@code xsd:date} is
 * the start of that day in UTC, a date-time without an offset is UTC (as the contract says).
 */
final class ModifiedSince {
    private ModifiedSince() {}

    static Map<Node, Instant> changes(HttpTester http) {
        ResultSet rows = http.select(Sparql.PREFIXES + """
                SELECT ?d ?m ?i ?cm WHERE {
                  ?c dcat:dataset ?d .
                  OPTIONAL { ?d dct:modified ?m } OPTIONAL { ?d dct:issued ?i } OPTIONAL { ?c dct:modified ?cm }
                }""");
        Map<Node, Instant> changes = new HashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            Node when = row.contains("m") ? row.get("m").asNode() : row.contains("i") ? row.get("i").asNode()
                    : row.contains("cm") ? row.get("cm").asNode() : null;
            Instant at = when == null ? Instant.EPOCH : instant(when.getLiteralLexicalForm());
            changes.merge(row.get("d").asNode(), at, (a, b) -> a.isAfter(b) ? a : b);
        }
        return changes;
    }

    /** The median of the distinct change instants: some datasets before it, some at or after. */
    static Instant median(HttpTester http) {
        List<Instant> distinct = changes(http).values().stream().distinct().sorted().toList();
        assertThat(distinct).as("distinct change dates in the live map").hasSizeGreaterThan(1);
        return distinct.get(distinct.size() / 2);
    }

    /** The query strings naming {@code threshold} in the forms a client may use. */
    static Stream<String> forms(Instant threshold) {
        OffsetDateTime utc = threshold.atOffset(ZoneOffset.UTC);
        String z = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc);
        String plus7 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(threshold.atOffset(ZoneOffset.ofHours(7)));
        String minus5 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(threshold.atOffset(ZoneOffset.ofHours(-5)));
        Stream<String> dateTimes = Stream.of(
                "modified_since=" + z,
                "modified_since=" + URLEncoder.encode(z, StandardCharsets.UTF_8),
                "modified_since=" + URLEncoder.encode(plus7, StandardCharsets.UTF_8),
                "modified_since=" + plus7,
                "modified_since=" + URLEncoder.encode(minus5, StandardCharsets.UTF_8),
                "modified_since=" + URLEncoder.encode(z.replace("Z", ""), StandardCharsets.UTF_8));
        boolean midnight = utc.toLocalTime().toSecondOfDay() == 0 && utc.getNano() == 0;
        return midnight ? Stream.concat(Stream.of("modified_since=" + utc.toLocalDate()), dateTimes) : dateTimes;
    }

    static Instant instant(String lexical) {
        if (lexical.length() == 10) {
            return LocalDate.parse(lexical).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(lexical).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC);
        }
    }
}
