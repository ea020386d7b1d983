package vn.datamap.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Reads one {@code .rq} file of the library. Its leading comment block carries the metadata, one
 * {@code #+ key: value} line each:
 * <pre>
 * #+ title.vi: …            #+ title.en: …
 * #+ description.vi: …      #+ description.en: …
 * #+ param: today type=date default=today description.vi="…" description.en="…"
 * #+ column: agency vi="Cơ quan" en="Agency"
 * </pre>
 * Parameter attributes: {@code type} (iri, agency-id, database-id, concept, date, integer, string,
 * choice), {@code required} (true/false; default true unless there is a default), {@code default},
 * {@code description.vi}, {@code description.en}, {@code scheme} (concept), {@code values=a|b}
 * (choice), {@code lang} (string), {@code min}, {@code max} (integer). Values with spaces are
 * written in double quotes.
 */
final class QueryFile {
    /** Request parameters that steer the response, never a query's. */
    static final Set<String> RESERVED = Set.of("format", "lang");
    private static final Pattern META = Pattern.compile("^#\\+\\s*([a-z.]+)\\s*:\\s*(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z.]+)=(\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> PARAM_ATTRIBUTES = Set.of("type", "required", "default", "description.vi",
            "description.en", "scheme", "values", "lang", "min", "max");

    private QueryFile() {}

    static NamedQuery read(String name, String text) {
        Map<String, String> meta = new HashMap<>();
        List<QueryParameter> parameters = new ArrayList<>();
        Map<String, Bilingual> columns = new LinkedHashMap<>();
        StringBuilder sparql = new StringBuilder();
        boolean header = true;
        for (String line : text.split("\r?\n", -1)) {
            Matcher m = META.matcher(line.strip());
            if (header && m.matches()) {
                String key = m.group(1);
                String value = m.group(2).strip();
                switch (key) {
                    case "param" -> parameters.add(parameter(name, value));
                    case "column" -> column(name, value, columns);
                    case "title.vi", "title.en", "description.vi", "description.en" -> meta.put(key, value);
                    default -> throw new QueryDefinitionException(name, "unknown metadata key '" + key + "'");
                }
                continue;
            }
            header = header && (line.isBlank() || line.startsWith("#"));
            sparql.append(line).append('\n');
        }
        Bilingual title = new Bilingual(required(name, meta, "title.vi"), required(name, meta, "title.en"));
        Bilingual description = new Bilingual(required(name, meta, "description.vi"), required(name, meta, "description.en"));
        String shown = sparql.toString().strip() + "\n";
        Query query = parse(name, shown);
        checkParameters(name, parameters, shown);
        return new NamedQuery(name, title, description, List.copyOf(parameters), Map.copyOf(columns), shown, query);
    }

    private static Query parse(String name, String text) {
        try {
            Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            if (!query.isSelectType()) {
                throw new QueryDefinitionException(name, "only SELECT queries can be named queries");
            }
            return query;
        } catch (QueryException e) {
            throw new QueryDefinitionException(name, "not SPARQL 1.1: " + e.getMessage(), e);
        }
    }

    private static void checkParameters(String name, List<QueryParameter> parameters, String text) {
        Set<String> seen = new HashSet<>();
        for (QueryParameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new QueryDefinitionException(name, "parameter '" + p.name() + "' is declared twice");
            }
            if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(text).find()) {
                throw new QueryDefinitionException(name, "parameter '" + p.name() + "' is not a variable of the query");
            }
        }
    }

    private static String required(String name, Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            throw new QueryDefinitionException(name, "missing '#+ " + key + ":' line");
        }
        return value;
    }

    private static QueryParameter parameter(String file, String declaration) {
        String[] head = declaration.split("\\s+", 2);
        String name = head[0];
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new QueryDefinitionException(file, "bad parameter name '" + name + "'");
        }
        Map<String, String> attributes = attributes(file, head.length > 1 ? head[1] : "", PARAM_ATTRIBUTES);
        ParameterType type = ParameterType.ofToken(attributes.getOrDefault("type", ""));
        if (type == null) {
            throw new QueryDefinitionException(file, "parameter '" + name + "' has no known type");
        }
        String defaultValue = attributes.get("default");
        boolean required = Boolean.parseBoolean(attributes.getOrDefault("required", String.valueOf(defaultValue == null)));
        List<String> values = attributes.containsKey("values") ? List.of(attributes.get("values").split("\\|")) : List.of();
        if (type == ParameterType.CONCEPT && attributes.get("scheme") == null) {
            throw new QueryDefinitionException(file, "concept parameter '" + name + "' needs scheme=");
        }
        if (type == ParameterType.CHOICE && values.isEmpty()) {
            throw new QueryDefinitionException(file, "choice parameter '" + name + "' needs values=");
        }
        Bilingual description = new Bilingual(attributes.getOrDefault("description.vi", name),
                attributes.getOrDefault("description.en", name));
        return new QueryParameter(name, type, required, defaultValue, description, attributes.get("scheme"), values,
                attributes.get("lang"), number(file, attributes.get("min")), number(file, attributes.get("max")));
    }

    private static void column(String file, String declaration, Map<String, Bilingual> columns) {
        String[] head = declaration.split("\\s+", 2);
        Map<String, String> titles = attributes(file, head.length > 1 ? head[1] : "", Set.of("vi", "en"));
        columns.put(head[0], new Bilingual(titles.get("vi"), titles.get("en")));
    }

    private static Map<String, String> attributes(String file, String text, Set<String> allowed) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                throw new QueryDefinitionException(file, "cannot read '" + text.substring(end, m.start()).strip() + "'");
            }
            if (!allowed.contains(m.group(1))) {
                throw new QueryDefinitionException(file, "unknown attribute '" + m.group(1) + "'");
            }
            attributes.put(m.group(1), m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(4));
            end = m.end();
        }
        if (!text.substring(end).isBlank()) {
            throw new QueryDefinitionException(file, "cannot read '" + text.substring(end).strip() + "'");
        }
        return attributes;
    }

    private static Long number(String file, String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new QueryDefinitionException(file, "'" + text + "' is not a whole number");
        }
    }
}
