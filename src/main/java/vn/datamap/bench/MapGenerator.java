package vn.datamap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** What was written. */
    public record Result(Path directory, Map<String, Integer> databasesByAgency, String largestAgency,
                         long bytes) {
        public int files() {
            return databasesByAgency.size();
        }
    }

    private record Topic(String vi, String en, String sector, String keyVi, String keyEn) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic("hồ sơ cán bộ, công chức, viên chức", "records of civil servants and public employees", "home-affairs", "cán bộ công chức", "civil servants"),
            new Topic("thủ tục hành chính và dịch vụ công trực tuyến", "administrative procedures and online public services", "public-service", "dịch vụ công", "public services"),
            new Topic("đất đai và bản đồ địa chính", "land and cadastral maps", "land", "địa chính", "cadastre"),
            new Topic("thu, chi ngân sách nhà nước", "state budget revenue and expenditure", "finance", "ngân sách", "state budget"),
            new Topic("người nộp thuế và hóa đơn điện tử", "taxpayers and electronic invoices", "tax", "hóa đơn điện tử", "e-invoices"),
            new Topic("bảo hiểm xã hội, bảo hiểm y tế", "social and health insurance", "insurance", "bảo hiểm", "insurance"),
            new Topic("doanh nghiệp và hộ kinh doanh", "enterprises and household businesses", "business", "doanh nghiệp", "enterprises"),
            new Topic("số liệu thống kê kinh tế – xã hội", "socio-economic statistics", "statistics", "thống kê", "statistics"),
            new Topic("hộ tịch, lý lịch tư pháp", "civil status and judicial records", "justice", "hộ tịch", "civil status"),
            new Topic("công trình xây dựng và quy hoạch đô thị", "buildings and urban planning", "construction", "quy hoạch", "urban planning"),
            new Topic("kết cấu hạ tầng giao thông", "transport infrastructure", "transport", "giao thông", "transport"),
            new Topic("trồng trọt, chăn nuôi và thủy sản", "crops, livestock and fisheries", "agriculture", "nông nghiệp", "agriculture"),
            new Topic("quan trắc môi trường và tài nguyên nước", "environmental monitoring and water resources", "environment", "môi trường", "environment"),
            new Topic("khám bệnh, chữa bệnh và hồ sơ sức khỏe", "medical examination, treatment and health records", "health", "y tế", "health"),
            new Topic("học sinh, sinh viên và cơ sở giáo dục", "pupils, students and schools", "education", "giáo dục", "education"),
            new Topic("lao động, việc làm và an sinh xã hội", "labour, employment and social protection", "labour-social", "việc làm", "employment"),
            new Topic("nhiệm vụ khoa học và công nghệ", "science and technology projects", "science-technology", "khoa học công nghệ", "science and technology"),
            new Topic("di sản văn hóa và du lịch", "cultural heritage and tourism", "culture-tourism", "du lịch", "tourism"),
            new Topic("trật tự, an toàn xã hội", "public order and safety", "public-security", "an ninh trật tự", "public order"),
            new Topic("xuất nhập khẩu và thương mại điện tử", "imports, exports and e-commerce", "industry-trade", "thương mại", "trade"),
            new Topic("điều ước và thỏa thuận quốc tế", "international treaties and agreements", "foreign-affairs", "điều ước quốc tế", "treaties"),
            new Topic("nhà ở và thị trường bất động sản", "housing and the real-estate market", "construction", "nhà ở", "housing"),
            new Topic("giá hàng hóa, dịch vụ", "prices of goods and services", "finance", "giá cả", "prices"),
            new Topic("đăng ký biện pháp bảo đảm", "registration of security interests", "justice", "giao dịch bảo đảm", "secured transactions"));

    private static final String[][] SCOPES = {
            {"", ""},
            {" cấp tỉnh", " at provincial level"},
            {" cấp xã", " at commune level"},
            {" phục vụ chỉ đạo, điều hành", " for steering and management"},
            {" dùng chung", " for shared use"},
            {" chuyên ngành", " of the sector"}};

    /** Milestone kinds in the order a roadmap goes through them, with their titles. */
    private static final String[][] STEPS = {
            {"approval", "Phê duyệt đề cương và dự toán chi tiết", "Approval of the technical outline and detailed budget"},
            {"build", "Xây dựng phần mềm và hạ tầng kỹ thuật", "Software and technical infrastructure built"},
            {"data-creation", "Số hóa, tạo lập dữ liệu bảo đảm “đúng, đủ, sạch, sống”", "Data digitised and created to be correct, complete, clean and live"},
            {"connection", "Kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", "Connected to the National Data Integration and Sharing Platform (NDXP)"},
            {"operation", "Nghiệm thu, đưa vào khai thác, sử dụng", "Acceptance and entry into service"},
            {"upgrade", "Nâng cấp, mở rộng hệ thống", "System upgrade and extension"}};

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Thảo", "Tuấn", "Việt"};

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
        List<Agency> agencies = currentAgencies();
        if (agencies.isEmpty()) {
            throw new IllegalStateException("The reference data lists no current agency");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> counts = split(databases, agencies, random);
        String largest = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElseThrow();
        Map<String, List<String>> written = new LinkedHashMap<>();
        long bytes = 0;
        try {
            Files.createDirectories(directory);
            for (Agency agency : agencies) {
                int n = counts.getOrDefault(agency.id(), 0);
                if (n == 0) {
                    continue;
                }
                SplittableRandom own = new SplittableRandom(seed * 1_000_003L + agency.id().hashCode());
                String text = catalogue(agency, n, written, own);
                byte[] data = text.getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(agency.id() + ".ttl"), data);
                bytes += data.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                kept.put(k, v);
            }
        });
        return new Result(directory, kept, largest, bytes);
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

    private String catalogue(Agency agency, int n, Map<String, List<String>> earlier, SplittableRandom r) {
        String id = agency.id();
        LocalDate start = agency.validFrom() != null && agency.validFrom().isAfter(LocalDate.of(2023, 1, 1))
                ? agency.validFrom() : LocalDate.of(2023, 1, 1);
        LocalDate issued = start.plusDays(10 + r.nextInt(120));
        LocalDate modified = LocalDate.of(2026, 9, 1).plusDays(r.nextInt(80));
        int decision = 100 + r.nextInt(9800);
        String decisionId = "qd-" + decision + "-" + issued.getYear() + "-" + id;
        List<String> ids = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            ids.add("gen-" + id + "-" + String.format("%05d", i));
        }
        List<String> others = new ArrayList<>();
        earlier.values().forEach(others::addAll);

        StringBuilder t = new StringBuilder(n * 4200 + 4000);
        t.append("# Vietnam Data Map — SYNTHETIC catalogue of ").append(agency.labelEn()).append(" (").append(id).append(").\n");
        t.append("# Generated by `datamap generate --seed ").append(seed).append("` for benchmarks: NOT AN OFFICIAL CATALOGUE.\n");
        t.append("# Relative IRIs are resolved against DATAMAP_BASE_URI when the server loads this file.\n");
        t.append("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dm: <https://w3id.org/vndatamap/ns#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

                """);
        t.append("<catalog/").append(id).append("> a dcat:Catalog, dm:AgencyCatalogue ;\n");
        t.append("    dct:title ").append(lit("Danh mục cơ sở dữ liệu của " + agency.labelVi(), "vi")).append(", ")
                .append(lit("Database catalogue of " + agency.labelEn(), "en")).append(" ;\n");
        t.append("    dct:description ").append(lit("Dữ liệu tổng hợp sinh tự động để đo hiệu năng, không phải danh mục chính thức của "
                        + agency.labelVi() + ".", "vi")).append(",\n        ")
                .append(lit("Synthetic data generated for benchmarks, not an official catalogue of " + agency.labelEn() + ".", "en")).append(" ;\n");
        t.append("    dct:publisher <agency/").append(id).append("> ;\n");
        t.append("    dct:issued ").append(date(issued)).append(" ;\n");
        t.append("    dct:modified ").append(date(modified)).append(" ;\n");
        t.append("    dct:language <http://publications.europa.eu/resource/authority/language/VIE> ;\n");
        t.append("    dm:issuedBy <legal/").append(decisionId).append("> ;\n");
        t.append("    dcat:contactPoint <contact/").append(id).append("> ;\n");
        t.append("    dcat:dataset ");
        for (int i = 0; i < ids.size(); i++) {
            t.append(i == 0 ? "" : ",\n        ").append("<dataset/").append(ids.get(i)).append('>');
        }
        t.append(" .\n\n");
        t.append("<legal/").append(decisionId).append("> a dm:Decision, dm:LegalDocument ;\n");
        t.append("    dct:identifier ").append(lit(decision + "/QĐ-" + id.toUpperCase().replace("-", ""), null)).append(" ;\n");
        t.append("    dct:title ").append(lit("Quyết định ban hành Danh mục cơ sở dữ liệu của " + agency.labelVi(), "vi")).append(",\n        ")
                .append(lit("Decision issuing the database catalogue of " + agency.labelEn(), "en")).append(" ;\n");
        t.append("    dct:issued ").append(date(issued)).append(" ;\n");
        t.append("    dm:signer ").append(lit(pick(r, SURNAMES) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN), null)).append(" .\n\n");
        t.append("<contact/").append(id).append("> a vcard:Organization, vcard:Kind ;\n");
        t.append("    vcard:fn ").append(lit("Đầu mối quản lý danh mục cơ sở dữ liệu – " + agency.labelVi(), "vi")).append(" ;\n");
        t.append("    vcard:hasEmail <mailto:dulieu.").append(id).append("@example.org> .\n");

        for (int i = 0; i < n; i++) {
            database(t, agency, ids.get(i), ids.subList(0, i), others, issued, decisionId, r);
        }
        earlier.put(id, ids);
        return t.toString();
    }

    private void database(StringBuilder t, Agency agency, String dbId, List<String> ownEarlier, List<String> others,
                          LocalDate catalogueIssued, String decisionId, SplittableRandom r) {
        Topic topic = TOPICS.get(r.nextInt(TOPICS.size()));
        String[] scope = SCOPES[r.nextInt(SCOPES.length)];
        String kind = kind(agency, r);
        String access = switch (kind) {
            case "internal" -> "internal";
            case "national", "ministry-shared", "sector-shared" -> r.nextInt(4) == 0 ? "open" : "shared";
            default -> r.nextInt(3) == 0 ? "open" : "shared";
        };
        String titleVi = "Cơ sở dữ liệu về " + topic.vi() + scope[0] + " của " + agency.labelVi() + " (" + dbId.substring(dbId.lastIndexOf('-') + 1) + ")";
        String titleEn = "Database of " + topic.en() + scope[1] + " of " + agency.labelEn() + " (" + dbId.substring(dbId.lastIndexOf('-') + 1) + ")";
        LocalDate issued = catalogueIssued.plusDays(r.nextInt(200));
        LocalDate modified = issued.plusDays(30 + r.nextInt(500));
        String db = "<dataset/" + dbId + ">";

        t.append('\n').append(db).append(" a dcat:Dataset, dm:Database ;\n");
        t.append("    dct:identifier \"").append(dbId).append("\" ;\n");
        t.append("    dct:title ").append(lit(titleVi, "vi")).append(",\n        ").append(lit(titleEn, "en")).append(" ;\n");
        t.append("    dct:description ").append(lit("Lưu trữ, cập nhật thông tin về " + topic.vi() + scope[0]
                        + "; phục vụ giải quyết thủ tục hành chính, chia sẻ dữ liệu với các bộ, ngành, địa phương và báo cáo, thống kê.", "vi"))
                .append(",\n        ").append(lit("Stores and updates information on " + topic.en() + scope[1]
                        + "; supports administrative procedures, data sharing with ministries, sectors and localities, and reporting.", "en")).append(" ;\n");
        t.append("    dct:publisher <agency/").append(agency.id()).append("> ;\n");
        t.append("    dm:databaseKind <concept/database-kind/").append(kind).append("> ;\n");
        t.append("    dm:sector <concept/sector/").append(topic.sector()).append("> ;\n");
        t.append("    dm:accessLevel <concept/access-level/").append(access).append("> ;\n");
        if (kind.equals("internal")) {
            t.append("    dm:informationSystem ").append(lit("Hệ thống thông tin quản lý " + topic.vi() + " của " + agency.labelVi(), "vi")).append(" ;\n");
        }
        t.append("    dcat:keyword ").append(lit(topic.keyVi(), "vi")).append(", ").append(lit("dữ liệu số", "vi")).append(", ")
                .append(lit(topic.keyEn(), "en")).append(", ").append(lit("digital data", "en")).append(" ;\n");
        t.append("    dct:issued ").append(date(issued)).append(" ;\n");
        t.append("    dct:modified ").append(date(modified)).append(" ;\n");
        t.append("    dcat:contactPoint <contact/").append(agency.id()).append("> ;\n");
        List<String> deps = new ArrayList<>();
        if (r.nextInt(100) < 65) {
            deps.add(NATIONAL.get(Math.min(r.nextInt(NATIONAL.size()), r.nextInt(NATIONAL.size()))));
        }
        if (r.nextInt(100) < 15) {
            String second = NATIONAL.get(r.nextInt(NATIONAL.size()));
            if (!deps.contains(second)) {
                deps.add(second);
            }
        }
        if (!ownEarlier.isEmpty() && r.nextInt(100) < 30) {
            deps.add(ownEarlier.get(r.nextInt(ownEarlier.size())));
        }
        if (!others.isEmpty() && r.nextInt(100) < 20) {
            deps.add(others.get(r.nextInt(others.size())));
        }
        if (!deps.isEmpty()) {
            t.append("    dm:dependsOn ");
            for (int i = 0; i < deps.size(); i++) {
                t.append(i == 0 ? "" : ", ").append("<dataset/").append(deps.get(i)).append('>');
            }
            t.append(" ;\n");
        }
        t.append("    dm:legalBasis <legal/").append(decisionId).append("> ;\n");
        t.append("    dm:roadmap ").append("<dataset/").append(dbId).append("/roadmap> .\n");
        roadmap(t, dbId, r);
    }

    private static String kind(Agency agency, SplittableRandom r) {
        int x = r.nextInt(100);
        if (agency.isLocal()) {
            return x < 55 ? "local-shared" : x < 65 ? "sector-shared" : "internal";
        }
        return x < 2 ? "national" : x < 45 ? "ministry-shared" : x < 70 ? "sector-shared" : "internal";
    }

    private static void roadmap(StringBuilder t, String dbId, SplittableRandom r) {
        int count = 2 + r.nextInt(5);
        // Keep `count` of the six steps, in their order, so that operation never comes before build.
        List<Integer> steps = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        while (steps.size() > count) {
            steps.remove(r.nextInt(steps.size()));
        }
        LocalDate planned = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
        String prefix = "<dataset/" + dbId + "/milestone/";
        t.append("\n<dataset/").append(dbId).append("/roadmap> a dm:Roadmap ;\n    dm:milestone ");
        for (int i = 1; i <= count; i++) {
            t.append(i == 1 ? "" : ", ").append(prefix).append(i).append('>');
        }
        t.append(" .\n");
        for (int i = 0; i < count; i++) {
            String[] step = STEPS[steps.get(i)];
            planned = planned.plusDays(60 + r.nextInt(360));
            if (planned.isAfter(LocalDate.of(2028, 12, 31))) {
                planned = LocalDate.of(2028, 12, 31);
            }
            String status = status(planned, r);
            t.append('\n').append(prefix).append(i + 1).append("> a dm:Milestone ;\n");
            t.append("    dct:title ").append(lit(step[1], "vi")).append(", ").append(lit(step[2], "en")).append(" ;\n");
            t.append("    dm:milestoneKind <concept/milestone-kind/").append(step[0]).append("> ;\n");
            t.append("    dm:status <concept/milestone-status/").append(status).append("> ;\n");
            t.append("    dm:plannedDate ").append(date(planned));
            if (status.equals("completed")) {
                LocalDate achieved = planned.plusDays(r.nextInt(150) - 60);
                if (achieved.isAfter(AS_OF)) {
                    achieved = AS_OF;
                }
                t.append(" ;\n    dm:achievedDate ").append(date(achieved));
            }
            t.append(" .\n");
        }
    }

    /** Before {@link #AS_OF}: mostly completed, some delayed or in progress; after: mostly planned. */
    private static String status(LocalDate planned, SplittableRandom r) {
        int x = r.nextInt(100);
        if (planned.isBefore(AS_OF)) {
            return x < 70 ? "completed" : x < 85 ? "delayed" : x < 95 ? "in-progress" : "cancelled";
        }
        return x < 70 ? "planned" : x < 90 ? "in-progress" : x < 95 ? "delayed" : "cancelled";
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String date(LocalDate d) {
        return "\"" + d + "\"^^xsd:date";
    }

    private static String lit(String text, String lang) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + escaped + "\"" + (lang == null ? "" : "@" + lang);
    }
}
