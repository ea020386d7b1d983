package vn.datamap.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One of the two versions of an agency's catalogue that {@link ConcurrentReadersTest} switches
 * between: its Turtle and the Vietnamese titles of its databases, by database id. The versions
 * differ in size and in the marker word of every title, so any answer tells which one it shows.
 */
record SwitchedCatalogue(String name, String marker, byte[] turtle, Map<String, String> titles) {

    Set<String> titleSet() {
        return new TreeSet<>(titles.values());
    }

    /** Version {@code name} with databases {@code conc-01} to {@code conc-<databases>}, titled with {@code marker}. */
    static SwitchedCatalogue of(String name, String marker, int databases, String agency) {
        Map<String, String> titles = new TreeMap<>();
        StringBuilder t = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dm: <https://w3id.org/vndatamap/ns#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog/%1$s> a dcat:Catalog, dm:AgencyCatalogue ;
                  dct:title "Danh mục thử nghiệm đồng thời, phiên bản %2$s"@vi, "Concurrency test catalogue, version %2$s"@en ;
                  dct:description "Danh mục thử nghiệm đọc ghi đồng thời."@vi, "Catalogue for the concurrency test."@en ;
                  dct:publisher <agency/%1$s> ; dct:issued "2024-01-02"^^xsd:date ;
                  dm:issuedBy <legal/qd-concurrency-test> ; dcat:contactPoint <contact/%1$s> .
                <legal/qd-concurrency-test> a dm:Decision, dm:LegalDocument ; dct:identifier "2/QĐ-THUNGHIEM" ;
                  dct:title "Quyết định thử nghiệm"@vi, "Test decision"@en ; dct:issued "2024-01-02"^^xsd:date .
                <contact/%1$s> a vcard:Organization, vcard:Kind ; vcard:fn "Đầu mối thử nghiệm"@vi ; vcard:hasEmail <mailto:conc@example.org> .
                """.formatted(agency, name));
        for (int i = 1; i <= databases; i++) {
            String id = String.format("conc-%02d", i);
            String title = "Cơ sở dữ liệu thử nghiệm %s số %02d".formatted(marker, i);
            titles.put(id, title);
            t.append("""
                    <catalog/%1$s> dcat:dataset <dataset/%2$s> .
                    <dataset/%2$s> a dcat:Dataset, dm:Database ; dct:identifier "%2$s" ;
                      dct:title "%3$s"@vi, "Test database %4$s number %5$02d"@en ;
                      dct:description "Cơ sở dữ liệu %4$s cho thử nghiệm đồng thời."@vi, "Database %4$s for the concurrency test."@en ;
                      dct:publisher <agency/%1$s> ; dm:databaseKind <concept/database-kind/ministry-shared> ;
                      dm:sector <concept/sector/justice> ; dm:accessLevel <concept/access-level/shared> ;
                      dct:issued "2024-02-01"^^xsd:date ; dm:legalBasis <legal/qd-concurrency-test> ; dm:roadmap <dataset/%2$s/roadmap> .
                    <dataset/%2$s/roadmap> a dm:Roadmap ; dm:milestone <dataset/%2$s/milestone/1> .
                    <dataset/%2$s/milestone/1> a dm:Milestone ; dct:title "Xây dựng"@vi, "Build"@en ;
                      dm:milestoneKind <concept/milestone-kind/build> ; dm:status <concept/milestone-status/planned> ;
                      dm:plannedDate "2027-06-30"^^xsd:date .
                    """.formatted(agency, id, title, marker, i));
        }
        return new SwitchedCatalogue(name, marker, t.toString().getBytes(StandardCharsets.UTF_8), titles);
    }
}
