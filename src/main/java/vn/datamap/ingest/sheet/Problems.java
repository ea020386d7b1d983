package vn.datamap.ingest.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one import and words them for stewards, in Vietnamese and English.
 * A message names the value and what was expected, never an IRI.
 */
final class Problems {
    private final List<SheetProblem> list = new ArrayList<>();
    private final List<String> sheets = new ArrayList<>();

    /** Gives the order of the sheets in the workbook, in which problems are listed. */
    void sheetOrder(List<String> names) {
        sheets.clear();
        sheets.addAll(names);
    }

    /** The problems sheet by sheet (workbook order, else the order they were met), top to bottom. */
    List<SheetProblem> list() {
        List<String> order = new ArrayList<>(sheets);
        list.stream().map(SheetProblem::sheet).distinct().filter(s -> !order.contains(s)).forEach(order::add);
        return list.stream().sorted(Comparator.comparingInt((SheetProblem p) -> order.indexOf(p.sheet()))
                .thenComparingInt(SheetProblem::row)).toList();
    }

    void add(SheetCell cell, String vi, String en) {
        SheetProblem problem = SheetProblem.at(cell, vi, en);
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    void unknownCode(SheetCell cell, String value, String listVi, String listEn) {
        add(cell, "Giá trị '" + value + "' không có trong danh sách " + listVi + "; xem trang Giá trị hợp lệ.",
                "The value '" + value + "' is not in the list " + listEn + "; see the sheet Allowed values.");
    }

    void ambiguousCode(SheetCell cell, String value, String listVi, String listEn, List<String> codes) {
        String options = String.join(", ", codes);
        add(cell, "Giá trị '" + value + "' khớp với nhiều mục trong danh sách " + listVi + " (" + options + "); hãy ghi đúng mã.",
                "The value '" + value + "' matches several entries of the list " + listEn + " (" + options + "); write the code.");
    }

    void badDate(SheetCell cell, String value) {
        add(cell, "Không đọc được ngày '" + value + "'; hãy ghi ngày/tháng/năm (ví dụ 25/04/2023) hoặc năm-tháng-ngày (2023-04-25).",
                "Cannot read the date '" + value + "'; write day/month/year (for example 25/04/2023) or year-month-day (2023-04-25).");
    }

    void badFlag(SheetCell cell, String value) {
        add(cell, "Không hiểu '" + value + "'; hãy ghi 'có' hoặc 'không'.",
                "Cannot understand '" + value + "'; write 'yes' or 'no' ('có' or 'không').");
    }

    void badEmail(SheetCell cell, String value) {
        add(cell, "'" + value + "' không phải là địa chỉ thư điện tử.", "'" + value + "' is not an e-mail address.");
    }

    void badUrl(SheetCell cell, String value) {
        add(cell, "'" + value + "' không phải là một địa chỉ web đầy đủ (ví dụ https://api.example.gov.vn/v1).",
                "'" + value + "' is not a complete web address (for example https://api.example.gov.vn/v1).");
    }

    void missingIdentifier(SheetCell cell) {
        add(cell, "Thiếu mã cơ sở dữ liệu; dòng này không được nhập.",
                "The database identifier is missing; this row was not imported.");
    }

    void badIdentifier(SheetCell cell, String value) {
        add(cell, "Mã '" + value + "' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, tối đa 64 ký tự.",
                "The identifier '" + value + "' is not valid: use unaccented letters, digits, dots, underscores or hyphens, 64 characters at most.");
    }

    void duplicateIdentifier(SheetCell cell, String value, int firstRow) {
        add(cell, "Mã cơ sở dữ liệu '" + value + "' đã dùng ở dòng " + firstRow + "; mỗi cơ sở dữ liệu phải có mã riêng. Dòng này không được nhập.",
                "The database identifier '" + value + "' is already used on row " + firstRow + "; every database needs its own identifier. This row was not imported.");
    }

    void unknownDatabase(SheetCell cell, String value) {
        add(cell, "Không có cơ sở dữ liệu mã '" + value + "' trong danh sách cơ sở dữ liệu của bảng tính; dòng này không được nhập.",
                "There is no database with identifier '" + value + "' among the databases of the spreadsheet; this row was not imported.");
    }

    void badDependency(SheetCell cell, String value) {
        add(cell, "'" + value + "' không phải là mã cơ sở dữ liệu (ví dụ csdl-0088 hoặc ndb-population).",
                "'" + value + "' is not a database identifier (for example csdl-0088 or ndb-population).");
    }

    void badMilestoneNumber(SheetCell cell, String value) {
        add(cell, "Số thứ tự mốc '" + value + "' không hợp lệ: phải là số nguyên dương.",
                "The milestone number '" + value + "' is not valid: it must be a positive whole number.");
    }

    void duplicateMilestone(SheetCell cell, String database, int n, SheetCell first) {
        add(cell, "Cơ sở dữ liệu '" + database + "' đã có mốc số " + n + " (" + first.sheet() + ", dòng " + first.row() + "); dòng này không được nhập.",
                "The database '" + database + "' already has milestone number " + n + " (" + first.sheet() + ", row " + first.row() + "); this row was not imported.");
    }

    void duplicateService(SheetCell cell, String database, SheetCell first) {
        add(cell, "Cơ sở dữ liệu '" + database + "' đã có dịch vụ dữ liệu ở dòng " + first.row() + "; mẫu ghi một dịch vụ cho mỗi cơ sở dữ liệu.",
                "The database '" + database + "' already has a data service on row " + first.row() + "; the template holds one service per database.");
    }

    void unknownDocument(SheetCell cell, String value) {
        add(cell, "Không tìm thấy văn bản '" + value + "' trong trang Văn bản của bảng tính hay trong danh sách văn bản của hệ thống.",
                "The document '" + value + "' is neither in the sheet Legal documents nor among the documents the server knows.");
    }

    void missingDocumentNumber(SheetCell cell) {
        add(cell, "Thiếu số, ký hiệu văn bản; văn bản này không được nhập.",
                "The document number is missing; this document was not imported.");
    }

    void badDocumentKey(SheetCell cell, String value) {
        add(cell, "Khóa văn bản '" + value + "' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và gạch ngang.",
                "The document key '" + value + "' is not valid: use unaccented lower-case letters, digits and hyphens.");
    }

    void duplicateDocument(SheetCell cell, String value, SheetCell first) {
        add(cell, "Văn bản '" + value + "' đã ghi ở " + first.sheet() + ", dòng " + first.row() + "; dòng này không được nhập.",
                "The document '" + value + "' is already given in " + first.sheet() + ", row " + first.row() + "; this row was not imported.");
    }

    void wrongAgency(SheetCell cell, String value, String agencyId) {
        add(cell, "Bảng tính ghi cơ quan '" + value + "', nhưng danh mục đang nộp là của cơ quan '" + agencyId + "'.",
                "The spreadsheet names the agency '" + value + "', but the catalogue being submitted belongs to '" + agencyId + "'.");
    }

    void conflictingValue(SheetCell cell, String value, SheetCell first, String firstValue) {
        add(cell, "Giá trị '" + value + "' khác với giá trị '" + firstValue + "' ở dòng " + first.row() + "; danh mục chỉ có một giá trị cho cột này, giá trị ở dòng " + first.row() + " được dùng.",
                "The value '" + value + "' differs from '" + firstValue + "' on row " + first.row() + "; the catalogue has one value for this column, the one on row " + first.row() + " is used.");
    }

    void unknownColumn(SheetCell cell) {
        add(cell, "Không nhận ra cột '" + cell.column() + "'; dữ liệu trong cột này không được nhập. Xem tên cột trong mẫu.",
                "The column '" + cell.column() + "' is not part of the template; its data was not imported. See the column names of the template.");
    }

    void duplicateColumn(SheetCell cell) {
        add(cell, "Cột '" + cell.column() + "' xuất hiện nhiều lần; chỉ cột đầu tiên được đọc.",
                "The column '" + cell.column() + "' appears more than once; only the first one is read.");
    }

    void noHeader(SheetCell cell) {
        add(cell, "Không tìm thấy dòng tên cột của mẫu danh mục; hãy dùng mẫu tải từ hệ thống.",
                "No row of template column names was found; use the template downloaded from the server.");
    }

    void noDatabaseSheet(SheetCell cell) {
        add(cell, "Không tìm thấy trang Cơ sở dữ liệu trong bảng tính; hãy dùng mẫu tải từ hệ thống.",
                "The workbook has no Databases sheet; use the template downloaded from the server.");
    }

    void unclosedQuote(SheetCell cell) {
        add(cell, "Dấu ngoặc kép mở ở khoảng dòng " + cell.row() + " không được đóng; phần còn lại của tệp không đọc được.",
                "A double quote opened around row " + cell.row() + " is never closed; the rest of the file cannot be read.");
    }

    void emptyFile(SheetCell cell) {
        add(cell, "Tệp không có dữ liệu.", "The file is empty.");
    }
}
