package vn.datamap.ingest.sheet;

import static vn.datamap.ingest.sheet.Column.code;
import static vn.datamap.ingest.sheet.Column.codes;
import static vn.datamap.ingest.sheet.Column.date;
import static vn.datamap.ingest.sheet.Column.flag;
import static vn.datamap.ingest.sheet.Column.list;
import static vn.datamap.ingest.sheet.Column.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * The layout of the template. The XLSX workbook has one sheet per {@link Table}; the CSV file is
 * one table whose columns are the database columns, the data-service columns, numbered groups of
 * milestone columns, the catalogue columns and numbered groups of legal-document columns.
 */
final class Template {

    /** One sheet of the workbook: its name in both languages and its columns. */
    record Table(String vi, String en, List<Column> columns) {
        /** The sheet name: both languages, within Excel's 31 characters and without '/'. */
        String sheetName() {
            return vi + " - " + en;
        }

        Column column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /**
     * Columns repeated once per numbered item on a CSV row ({@code Mốc 2: loại / Milestone 2: kind}).
     * Each member carries a short label and the key of the field of {@link #field} it stands for.
     */
    record Group(String vi, String en, String key, Table table, Map<String, Column> members) {
        /** The column of item {@code n} that stands for the field {@code field}. */
        Column column(int n, String field) {
            Column m = members.get(field);
            Column f = table.column(field);
            return new Column(key + n + "_" + m.key(), vi + " " + n + ": " + m.vi(), en + " " + n + ": " + m.en(),
                    f.type(), f.list());
        }
    }

    static final String CSV_SHEET = "CSV";

    static final Table CATALOGUE = new Table("Danh mục", "Catalogue", List.of(
            new Column("agency", "Mã cơ quan chủ quản", "Agency id", Column.Type.TEXT, CodeList.AGENCY),
            text("catalogue_title_vi", "Tên danh mục (tiếng Việt)", "Catalogue title (Vietnamese)"),
            text("catalogue_title_en", "Tên danh mục (tiếng Anh)", "Catalogue title (English)"),
            text("catalogue_description_vi", "Mô tả danh mục (tiếng Việt)", "Catalogue description (Vietnamese)"),
            text("catalogue_description_en", "Mô tả danh mục (tiếng Anh)", "Catalogue description (English)"),
            date("catalogue_issued", "Ngày ban hành danh mục", "Catalogue issued"),
            date("catalogue_modified", "Ngày cập nhật danh mục", "Catalogue last modified"),
            codes("catalogue_language", "Ngôn ngữ", "Language", CodeList.LANGUAGE),
            list("catalogue_legal_basis", "Căn cứ pháp lý của danh mục", "Catalogue legal basis"),
            flag("illustrative", "Dữ liệu minh họa", "Illustrative data"),
            text("decision_number", "Số, ký hiệu quyết định ban hành", "Issuing decision number"),
            text("decision_title_vi", "Trích yếu quyết định (tiếng Việt)", "Decision title (Vietnamese)"),
            text("decision_title_en", "Trích yếu quyết định (tiếng Anh)", "Decision title (English)"),
            date("decision_date", "Ngày ký quyết định", "Decision date"),
            text("decision_signer", "Người ký quyết định", "Decision signer"),
            text("decision_key", "Khóa quyết định", "Decision key"),
            text("contact_name", "Tên đầu mối liên hệ", "Contact point name"),
            text("contact_email", "Thư điện tử đầu mối liên hệ", "Contact point e-mail")));

    static final Table DOCUMENTS = new Table("Văn bản", "Legal documents", List.of(
            text("document_number", "Số, ký hiệu văn bản", "Document number"),
            text("document_title_vi", "Trích yếu văn bản (tiếng Việt)", "Document title (Vietnamese)"),
            text("document_title_en", "Trích yếu văn bản (tiếng Anh)", "Document title (English)"),
            date("document_date", "Ngày ban hành văn bản", "Document date"),
            flag("document_decision", "Là quyết định", "Is a decision"),
            text("document_signer", "Người ký văn bản", "Document signer"),
            text("document_key", "Khóa văn bản", "Document key")));

    static final Table DATABASES = new Table("Cơ sở dữ liệu", "Databases", List.of(
            text("identifier", "Mã cơ sở dữ liệu", "Database identifier"),
            text("title_vi", "Tên cơ sở dữ liệu (tiếng Việt)", "Title (Vietnamese)"),
            text("title_en", "Tên cơ sở dữ liệu (tiếng Anh)", "Title (English)"),
            text("description_vi", "Mô tả (tiếng Việt)", "Description (Vietnamese)"),
            text("description_en", "Mô tả (tiếng Anh)", "Description (English)"),
            code("kind", "Loại cơ sở dữ liệu", "Database kind", CodeList.DATABASE_KIND),
            code("sector", "Ngành, lĩnh vực", "Sector", CodeList.SECTOR),
            code("access_level", "Mức độ tiếp cận", "Access level", CodeList.ACCESS_LEVEL),
            text("information_system", "Hệ thống thông tin", "Information system"),
            list("keywords_vi", "Từ khóa (tiếng Việt)", "Keywords (Vietnamese)"),
            list("keywords_en", "Từ khóa (tiếng Anh)", "Keywords (English)"),
            date("issued", "Ngày đưa vào danh mục", "Date issued"),
            date("modified", "Ngày cập nhật", "Last modified"),
            list("depends_on", "Phụ thuộc cơ sở dữ liệu", "Depends on databases"),
            list("legal_basis", "Căn cứ pháp lý", "Legal basis"),
            flag("uses_contact", "Dùng đầu mối liên hệ của danh mục", "Uses the catalogue's contact point")));

    static final Table MILESTONES = new Table("Mốc lộ trình", "Milestones", List.of(
            text("milestone_database", "Mã cơ sở dữ liệu", "Database identifier"),
            text("milestone_number", "Số thứ tự mốc", "Milestone number"),
            code("milestone_kind", "Loại mốc", "Milestone kind", CodeList.MILESTONE_KIND),
            code("milestone_status", "Tình trạng", "Status", CodeList.MILESTONE_STATUS),
            date("milestone_planned", "Thời hạn dự kiến", "Planned date"),
            date("milestone_achieved", "Ngày hoàn thành", "Achieved date"),
            text("milestone_title_vi", "Tên mốc (tiếng Việt)", "Milestone title (Vietnamese)"),
            text("milestone_title_en", "Tên mốc (tiếng Anh)", "Milestone title (English)")));

    static final Table SERVICES = new Table("Dịch vụ dữ liệu", "Data services", List.of(
            text("service_database", "Mã cơ sở dữ liệu", "Database identifier"),
            text("service_title_vi", "Tên dịch vụ (tiếng Việt)", "Service title (Vietnamese)"),
            text("service_title_en", "Tên dịch vụ (tiếng Anh)", "Service title (English)"),
            text("service_endpoint", "Địa chỉ truy cập (URL)", "Endpoint URL")));

    /** The sheet listing the values of every coded column; it is written, never read. */
    static final Table ALLOWED_VALUES = new Table("Giá trị hợp lệ", "Allowed values", List.of(
            text("allowed_code", "Mã", "Code"),
            text("allowed_vi", "Tên tiếng Việt", "Vietnamese label"),
            text("allowed_en", "Tên tiếng Anh", "English label")));

    /** The sheets that are read, in the order they are written and mapped. */
    static final List<Table> TABLES = List.of(CATALOGUE, DATABASES, MILESTONES, SERVICES, DOCUMENTS);

    static final Group MILESTONE_GROUP = new Group("Mốc", "Milestone", "milestone", MILESTONES, members(
            text("milestone_kind", "loại", "kind"),
            text("milestone_status", "tình trạng", "status"),
            text("milestone_planned", "thời hạn dự kiến", "planned date"),
            text("milestone_achieved", "ngày hoàn thành", "achieved date"),
            text("milestone_title_vi", "tên (tiếng Việt)", "title (Vietnamese)"),
            text("milestone_title_en", "tên (tiếng Anh)", "title (English)")));

    static final Group DOCUMENT_GROUP = new Group("Văn bản", "Document", "document", DOCUMENTS, members(
            text("document_number", "số, ký hiệu", "number"),
            text("document_title_vi", "trích yếu (tiếng Việt)", "title (Vietnamese)"),
            text("document_title_en", "trích yếu (tiếng Anh)", "title (English)"),
            text("document_date", "ngày ban hành", "date"),
            text("document_decision", "là quyết định", "is a decision"),
            text("document_signer", "người ký", "signer"),
            text("document_key", "khóa", "key")));

    /** The database, data-service and catalogue columns of the CSV file, in that order. */
    static final List<Column> CSV_SINGLE_COLUMNS = csvSingleColumns();

    /** The columns of the CSV file with {@code milestones} and {@code documents} numbered groups. */
    static List<Column> csvColumns(int milestones, int documents) {
        List<Column> columns = new ArrayList<>(DATABASES.columns());
        SERVICES.columns().stream().filter(c -> !c.key().equals("service_database")).forEach(columns::add);
        for (int n = 1; n <= milestones; n++) {
            for (String field : MILESTONE_GROUP.members().keySet()) {
                columns.add(MILESTONE_GROUP.column(n, field));
            }
        }
        columns.addAll(CATALOGUE.columns());
        for (int n = 1; n <= documents; n++) {
            for (String field : DOCUMENT_GROUP.members().keySet()) {
                columns.add(DOCUMENT_GROUP.column(n, field));
            }
        }
        return columns;
    }

    private Template() {}

    private static List<Column> csvSingleColumns() {
        List<Column> columns = new ArrayList<>(DATABASES.columns());
        SERVICES.columns().stream().filter(c -> !c.key().equals("service_database")).forEach(columns::add);
        columns.addAll(CATALOGUE.columns());
        return List.copyOf(columns);
    }

    private static Map<String, Column> members(Column... columns) {
        Map<String, Column> members = new LinkedHashMap<>();
        for (Column c : columns) {
            String shortKey = c.key().substring(c.key().indexOf('_') + 1);
            members.put(c.key(), new Column(shortKey, c.vi(), c.en(), c.type(), c.list()));
        }
        return members;
    }
}
