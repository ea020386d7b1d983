/**
 * The spreadsheet template of an agency catalogue: stewards who do not write Turtle fill it in
 * as an XLSX workbook or a single CSV file, and the server reads it back into the catalogue graph.
 *
 * <p>{@link vn.datamap.ingest.sheet.CatalogueSheets} is the whole public face: it writes a
 * catalogue graph as a filled template (or the blank template) and reads a filled template into
 * a graph shaped as the stored catalogues are, with every problem located by sheet, row and
 * column header in plain Vietnamese and English.
 *
 * <h2>The workbook</h2>
 * Every header reads "Vietnamese / English [key]"; the key survives any retyping of the rest, and
 * without it a header is still recognised by either language, ignoring case, diacritics and
 * punctuation. Header row first, data from row 2 (a title row above the header is accepted).
 * <ul>
 * <li>"Danh mục - Catalogue", one row: agency id, title and description in both languages, dates
 * of issue and last change, language, the catalogue's own legal basis, the illustrative flag, the
 * decision that issued it (number, title in both languages, date, signer, key) and the contact
 * point (name, e-mail). The contact point and the illustrative flag apply to every database.</li>
 * <li>"Cơ sở dữ liệu - Databases", one row per database: identifier, titles, descriptions, kind,
 * sector, access level, information system, keywords in both languages, dates of issue and last
 * change, the databases it depends on (identifiers) and its legal basis (document numbers).</li>
 * <li>"Mốc lộ trình - Milestones", one row per milestone: database identifier, number (blank: the
 * next free one), kind, status, planned and achieved dates, titles.</li>
 * <li>"Dịch vụ dữ liệu - Data services", one row per service (one per database): database
 * identifier, titles, endpoint URL.</li>
 * <li>"Văn bản - Legal documents": the other documents the catalogue refers to (number, titles,
 * date, whether it is a decision, signer, key). Documents the server already knows may be
 * referred to by number without being listed.</li>
 * <li>"Giá trị hợp lệ - Allowed values": the codes and labels of every coded column; coded columns
 * offer them as a drop-down list.</li>
 * </ul>
 *
 * <h2>The CSV file</h2>
 * One row per database: the database columns, its data service's columns, then its milestones in
 * numbered column groups ("Mốc 1: loại / Milestone 1: kind", … group n is milestone n, at least
 * five groups, more when needed, and a steward may add groups), then the catalogue columns and
 * the legal documents in numbered groups ("Văn bản 1: số, ký hiệu / Document 1: number", …).
 * Catalogue columns and document groups are written on the first row; on reading they may be on
 * any row, repeated or not, and differing values are reported.
 *
 * <h2>Values</h2>
 * Coded values are written as their Vietnamese label and read from the code or either label;
 * agencies as their id; dates as ISO dates (XLSX date cells) and read also as d/m/yyyy or Excel
 * serial numbers; lists separated by ';' or line breaks. Text that a spreadsheet program could
 * run as a formula is a string cell in XLSX and gets a leading quote in CSV, removed on reading.
 */
package vn.datamap.ingest.sheet;
