package vn.datamap.hardening;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One large catalogue of an agency for {@link CrashRecoveryIT}: its Turtle and its triples
 * without modification dates (the server stamps those). Two versions share their database ids
 * and differ in the marker word every title carries, so the text index tells them apart.
 */
record CrashCatalogue(String name, String marker, int databases, byte[] turtle, Set<Triple> core) {
    private static final Node MODIFIED = NodeFactory.createURI("http://purl.org/dc/terms/modified");

    /** No catalogue at all: the agency before its first submission. */
    static CrashCatalogue none() {
        return new CrashCatalogue("none", "", 0, new byte[0], Set.of());
    }

    /** A catalogue of {@code databases} databases (ids shared between versions), each title carrying {@code marker}. */
    static CrashCatalogue of(String name, String marker, int databases, String agency, String base) {
        StringBuilder t = new StringBuilder(databases * 1600);
        t.append("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dm: <https://w3id.org/vndatamap/ns#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <catalog/%1$s> a dcat:Catalog, dm:AgencyCatalogue ;
                  dct:title "Danh mục thử nghiệm sự cố %2$s"@vi, "Crash test catalogue %2$s"@en ;
                  dct:description "Danh mục sinh tự động cho thử nghiệm sự cố, phiên bản %2$s."@vi, "Generated for the crash test, version %2$s."@en ;
                  dct:publisher <agency/%1$s> ; dct:issued "2024-01-02"^^xsd:date ; dct:modified "2026-01-02"^^xsd:date ;
                  dm:issuedBy <legal/qd-crash-test> ; dcat:contactPoint <contact/%1$s> ;
                  dcat:dataset""".formatted(agency, marker));
        for (int i = 1; i <= databases; i++) {
            t.append(i == 1 ? " " : ", ").append("<dataset/crash-").append(String.format("%05d", i)).append('>');
        }
        t.append("""
                 .
                <legal/qd-crash-test> a dm:Decision, dm:LegalDocument ; dct:identifier "1/QĐ-THUNGHIEM" ;
                  dct:title "Quyết định thử nghiệm"@vi, "Test decision"@en ; dct:issued "2024-01-02"^^xsd:date .
                <contact/%1$s> a vcard:Organization, vcard:Kind ; vcard:fn "Đầu mối thử nghiệm"@vi ; vcard:hasEmail <mailto:crash@example.org> .
                """.formatted(agency));
        for (int i = 1; i <= databases; i++) {
            t.append(database(i, marker, agency));
        }
        String text = Normalizer.normalize(t.toString(), Normalizer.Form.NFC);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).base(base).parse(g);
        Set<Triple> core = withoutModified(g.find().toSet());
        return new CrashCatalogue(name, marker, databases, text.getBytes(StandardCharsets.UTF_8), core);
    }

    /** Database number {@code i} with its roadmap of two milestones. */
    private static String database(int i, String marker, String agency) {
        return """
                <dataset/crash-%1$05d> a dcat:Dataset, dm:Database ; dct:identifier "crash-%1$05d" ;
                  dct:title "Cơ sở dữ liệu %2$s số %1$d"@vi, "Database %2$s number %1$d"@en ;
                  dct:description "Cơ sở dữ liệu thử nghiệm %2$s, phục vụ kiểm tra khôi phục sau sự cố."@vi, "Test database %2$s for crash recovery."@en ;
                  dct:publisher <agency/%3$s> ; dm:databaseKind <concept/database-kind/ministry-shared> ;
                  dm:sector <concept/sector/justice> ; dm:accessLevel <concept/access-level/shared> ;
                  dcat:keyword "thử nghiệm"@vi, "crash test"@en ; dct:issued "2024-02-01"^^xsd:date ; dct:modified "2025-03-01"^^xsd:date ;
                  dm:dependsOn <dataset/ndb-population> ; dm:legalBasis <legal/qd-crash-test> ; dm:roadmap <dataset/crash-%1$05d/roadmap> .
                <dataset/crash-%1$05d/roadmap> a dm:Roadmap ; dm:milestone <dataset/crash-%1$05d/milestone/1>, <dataset/crash-%1$05d/milestone/2> .
                <dataset/crash-%1$05d/milestone/1> a dm:Milestone ; dct:title "Xây dựng"@vi, "Build"@en ;
                  dm:milestoneKind <concept/milestone-kind/build> ; dm:status <concept/milestone-status/completed> ;
                  dm:plannedDate "2025-01-31"^^xsd:date ; dm:achievedDate "2025-02-20"^^xsd:date .
                <dataset/crash-%1$05d/milestone/2> a dm:Milestone ; dct:title "Kết nối"@vi, "Connection"@en ;
                  dm:milestoneKind <concept/milestone-kind/connection> ; dm:status <concept/milestone-status/planned> ;
                  dm:plannedDate "2027-06-30"^^xsd:date .
                """.formatted(i, marker, agency);
    }

    /** The triples without {@code dct:modified}, which the server stamps on submission. */
    static Set<Triple> withoutModified(Set<Triple> triples) {
        return triples.stream().filter(t -> !t.getPredicate().equals(MODIFIED)).collect(Collectors.toSet());
    }
}
