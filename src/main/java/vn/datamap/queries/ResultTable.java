package vn.datamap.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import vn.datamap.queries.QueryView.Cell;
import vn.datamap.queries.QueryView.Table;
import vn.datamap.vocab.Minted;

/**
 * Lays results out for people. Label columns are folded into the column they name: a column
 * {@code fooLabelVi}/{@code fooLabelEn} gives the text shown in column {@code foo} (or, when
 * there is none, {@code fooCode}), and {@code labelVi}/{@code labelEn} that of the first column;
 * the label replaces a code, and is the text of a link to an IRI. A label column without such a
 * column is shown in the reader's language only. Booleans read yes/no.
 */
final class ResultTable {
    private static final String VI = "LabelVi";
    private static final String EN = "LabelEn";

    private ResultTable() {}

    static Table of(NamedQuery query, NamedQueries.Result result, Locale locale, Minted minted, String yes, String no) {
        List<String> names = result.vars().stream().map(Var::getVarName).toList();
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String[]> labels = new HashMap<>();
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            String base = labelBase(name, names);
            if (base != null && !names.contains(base) && names.contains(base + "Code")) {
                base = base + "Code";
            }
            if (base == null) {
                shown.add(name);
            } else if (names.contains(base)) {
                labels.computeIfAbsent(base, b -> new String[2])[name.endsWith("Vi") ? 0 : 1] = name;
            } else if (name.endsWith(english ? "En" : "Vi")) {
                shown.add(name);
            }
        }
        List<String> headers = shown.stream().map(v -> query.columnTitle(v, locale)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (Binding row : result.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (String name : shown) {
                cells.add(cell(row, name, labels.get(name), english, minted, yes, no));
            }
            rows.add(cells);
        }
        return new Table(headers, rows);
    }

    /** The column a label column names, or null when it is no label column. */
    private static String labelBase(String name, List<String> names) {
        if (name.equals("labelVi") || name.equals("labelEn")) {
            return names.get(0);
        }
        if ((name.endsWith(VI) || name.endsWith(EN)) && name.length() > VI.length()) {
            return name.substring(0, name.length() - VI.length());
        }
        return null;
    }

    private static Cell cell(Binding row, String name, String[] labelVars, boolean english, Minted minted,
                             String yes, String no) {
        Node node = row.get(name);
        if (node == null) {
            return new Cell("", null);
        }
        String label = labelVars == null ? null : label(row, labelVars, english);
        if (node.isURI()) {
            String iri = node.getURI();
            String text = label != null ? label : minted.isMinted(iri) ? minted.relative(iri) : iri;
            return new Cell(text, iri);
        }
        if (node.isLiteral() && label != null) {
            return new Cell(label, null);
        }
        if (node.isLiteral()) {
            if (XSDDatatype.XSDboolean.getURI().equals(node.getLiteralDatatypeURI())) {
                return new Cell("true".equals(node.getLiteralLexicalForm()) ? yes : no, null);
            }
            return new Cell(node.getLiteralLexicalForm(), null);
        }
        return new Cell(node.toString(), null);
    }

    private static String label(Binding row, String[] vars, boolean english) {
        String first = vars[english ? 1 : 0];
        String second = vars[english ? 0 : 1];
        for (String var : new String[] {first, second}) {
            Node label = var == null ? null : row.get(var);
            if (label != null && label.isLiteral()) {
                return label.getLiteralLexicalForm();
            }
        }
        return null;
    }
}
