package vn.datamap.ingest.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import vn.datamap.ingest.sheet.Column.CodeList;

/**
 * Turns the text of one cell into RDF terms, reporting what cannot be read at that cell. Dates
 * are accepted as ISO (yyyy-mm-dd, with a time for xsd:dateTime), in Vietnamese order
 * (d/m/yyyy, also with '-' or '.') and as Excel serial numbers.
 */
final class Values {
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ISO_DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    /** Excel serial numbers of 1927-05-18 to 2173-10-14; shorter numbers are more likely a year or a typo. */
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> YES = Set.of("co", "yes", "true", "x", "1", "dung", "y");
    private static final Set<String> NO = Set.of("khong", "no", "false", "0", "sai", "n");

    private final CodeLists codes;
    private final Problems problems;

    Values(CodeLists codes, Problems problems) {
        this.codes = codes;
        this.problems = problems;
    }

    static Node lang(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** A date or date-time literal, or null when the cell is blank or unreadable (then reported). */
    Node date(SheetRow row, String key) {
        String text = row.get(key);
        if (text.isEmpty()) {
            return null;
        }
        Node date = parseDate(text);
        if (date == null) {
            problems.badDate(row.cell(key), text);
        }
        return date;
    }

    /** The concept (or language, or agency) a cell names, or null when blank or unknown (then reported). */
    Node code(SheetRow row, String key, CodeList list) {
        String text = row.get(key);
        return text.isEmpty() ? null : code(row.cell(key), text, list);
    }

    List<Node> codes(SheetRow row, String key, CodeList list) {
        List<Node> nodes = new ArrayList<>();
        for (String part : Text.split(row.get(key))) {
            Node n = code(row.cell(key), part, list);
            if (n != null) {
                nodes.add(n);
            }
        }
        return nodes;
    }

    private Node code(SheetCell cell, String text, CodeList list) {
        CodeLists.Lookup lookup = codes.find(list, text);
        if (lookup.found() != null) {
            return lookup.found().node();
        }
        if (list == CodeList.LANGUAGE && text.matches("[A-Za-z]{3}")) {
            return NodeFactory.createURI(Terms.EU_LANGUAGE + text.toUpperCase(Locale.ROOT));
        }
        if (lookup.isAmbiguous()) {
            problems.ambiguousCode(cell, text, codes.nameVi(list), codes.nameEn(list),
                    lookup.candidates().stream().map(CodeLists.Entry::code).toList());
        } else {
            problems.unknownCode(cell, text, codes.nameVi(list), codes.nameEn(list));
        }
        return null;
    }

    /** Yes, no, or null when blank or unreadable (then reported). */
    Boolean flag(SheetRow row, String key) {
        String text = row.get(key);
        if (text.isEmpty()) {
            return null;
        }
        String folded = Text.fold(text);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        problems.badFlag(row.cell(key), text);
        return null;
    }

    Node email(SheetRow row, String key) {
        String text = row.get(key);
        if (text.isEmpty()) {
            return null;
        }
        String address = text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7) : text;
        if (!EMAIL.matcher(address).matches()) {
            problems.badEmail(row.cell(key), text);
            return null;
        }
        return NodeFactory.createURI("mailto:" + address);
    }

    Node url(SheetRow row, String key) {
        String text = row.get(key);
        if (text.isEmpty()) {
            return null;
        }
        Node iri = absoluteIri(text);
        if (iri == null) {
            problems.badUrl(row.cell(key), text);
        }
        return iri;
    }

    static Node absoluteIri(String text) {
        try {
            IRIx iri = IRIx.create(text);
            return iri.isAbsolute() && !text.contains(" ") ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }

    /** Parses the forms of a date people type; null when none fits. */
    static Node parseDate(String text) {
        try {
            Matcher m = ISO_DATE.matcher(text);
            if (m.matches()) {
                LocalDate.parse(m.group(1));
                return typed(text, XSDDatatype.XSDdate);
            }
            m = ISO_DATE_TIME.matcher(text);
            if (m.matches()) {
                String lexical = m.group(1) + "T" + m.group(2) + (m.group(3) == null ? ":00" : m.group(3))
                        + (m.group(5) == null ? "" : m.group(5));
                if (m.group(5) == null) {
                    LocalDateTime.parse(lexical);
                } else {
                    OffsetDateTime.parse(lexical.replace("Z", "+00:00"));
                }
                return typed(lexical, XSDDatatype.XSDdateTime);
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return date(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = YEAR_FIRST.matcher(text);
            if (m.matches()) {
                return date(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (SERIAL.matcher(text).matches()) {
                return serial(new BigDecimal(text));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Node serial(BigDecimal serial) {
        LocalDate day = EXCEL_EPOCH.plusDays(serial.longValue());
        BigDecimal fraction = serial.subtract(new BigDecimal(serial.toBigInteger()));
        if (fraction.signum() == 0) {
            return date(day);
        }
        long seconds = Math.round(fraction.doubleValue() * 86_400);
        return typed(isoDateTime(day.atStartOfDay().plusSeconds(seconds)), XSDDatatype.XSDdateTime);
    }

    private static Node date(LocalDate date) {
        return typed(date.toString(), XSDDatatype.XSDdate);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static boolean isDateLiteral(Node n) {
        return n.isLiteral() && XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI());
    }

    /** A local date-time as xsd:dateTime writes it, always with seconds. */
    static String isoDateTime(LocalDateTime t) {
        return t.format(DATE_TIME);
    }
}
