package vn.datamap.bench;

import java.util.List;

/** The words the synthetic catalogues are made of: topics, scopes, roadmap steps and names, in Vietnamese and English. */
final class SyntheticTexts {
    private SyntheticTexts() {}

    record Topic(String vi, String en, String sector, String keyVi, String keyEn) {}

    static final List<Topic> TOPICS = List.of(
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

    static final String[][] SCOPES = {
            {"", ""},
            {" cấp tỉnh", " at provincial level"},
            {" cấp xã", " at commune level"},
            {" phục vụ chỉ đạo, điều hành", " for steering and management"},
            {" dùng chung", " for shared use"},
            {" chuyên ngành", " of the sector"}};

    /** Milestone kinds in the order a roadmap goes through them, with their titles. */
    static final String[][] STEPS = {
            {"approval", "Phê duyệt đề cương và dự toán chi tiết", "Approval of the technical outline and detailed budget"},
            {"build", "Xây dựng phần mềm và hạ tầng kỹ thuật", "Software and technical infrastructure built"},
            {"data-creation", "Số hóa, tạo lập dữ liệu bảo đảm “đúng, đủ, sạch, sống”", "Data digitised and created to be correct, complete, clean and live"},
            {"connection", "Kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", "Connected to the National Data Integration and Sharing Platform (NDXP)"},
            {"operation", "Nghiệm thu, đưa vào khai thác, sử dụng", "Acceptance and entry into service"},
            {"upgrade", "Nâng cấp, mở rộng hệ thống", "System upgrade and extension"}};

    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Thảo", "Tuấn", "Việt"};
}
