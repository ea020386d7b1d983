package vn.datamap.queries;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;

/**
 * One query of the library: its name (the file name), what it is for in Vietnamese and English,
 * its parameters, the titles of its result columns, and its SPARQL text.
 *
 * @param name        the file name without {@code .rq}; the last segment of {@code /queries/{name}}
 * @param title       short title
 * @param description what it answers and how it counts
 * @param parameters  the parameters, in the order declared
 * @param columns     titles of result columns, by variable name (columns not listed show the variable)
 * @param sparql      the SPARQL text as shown to people: the file without its {@code #+} lines
 * @param query       the parsed query; callers must not modify it
 */
public record NamedQuery(String name, Bilingual title, Bilingual description, List<QueryParameter> parameters,
                         Map<String, Bilingual> columns, String sparql, Query query) {

    /** The parameter of that name, or null. */
    public QueryParameter parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
    }

    /** Where the query runs: {@code /queries/{name}}. */
    public String href() {
        return "/queries/" + name;
    }

    /** The query editor with this query's text filled in. */
    public String editorHref() {
        return "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    /** The title of a result column in the reader's language, or the variable name. */
    public String columnTitle(String var, Locale locale) {
        Bilingual title = columns.get(var);
        return title == null ? var : title.in(locale);
    }

    /** The entry of the JSON listing. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("href", href());
        map.put("title", title.toMap());
        map.put("description", description.toMap());
        map.put("parameters", parameters.stream().map(QueryParameter::toMap).toList());
        map.put("sparql", sparql);
        map.put("editor", editorHref());
        return map;
    }
}
