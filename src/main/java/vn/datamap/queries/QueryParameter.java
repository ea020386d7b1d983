package vn.datamap.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a named query, as declared by a {@code #+ param:} line. The parameter's name
 * is the SPARQL variable it binds.
 *
 * @param name         variable name, without {@code ?}
 * @param type         how the request text becomes an RDF term
 * @param required     whether a request must give it (a parameter with a default never must)
 * @param defaultValue text used when the request gives none, or null
 * @param description  what it means, for the form and the listing
 * @param scheme       for {@link ParameterType#CONCEPT}: the concept scheme's code, e.g. {@code agency-kind}
 * @param values       for {@link ParameterType#CHOICE}: the allowed words
 * @param lang         for {@link ParameterType#STRING}: the language tag of the literal, or null
 * @param min          for {@link ParameterType#INTEGER}: the smallest value allowed, or null
 * @param max          for {@link ParameterType#INTEGER}: the largest value allowed, or null
 */
public record QueryParameter(String name, ParameterType type, boolean required, String defaultValue,
                             Bilingual description, String scheme, List<String> values, String lang,
                             Long min, Long max) {

    /** The description of the listing: {@code {name, type, required, default, description {vi, en}, …}}. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("type", type.token());
        map.put("required", required);
        map.put("default", defaultValue);
        map.put("description", description.toMap());
        if (scheme != null) {
            map.put("scheme", scheme);
        }
        if (!values.isEmpty()) {
            map.put("values", values);
        }
        if (lang != null) {
            map.put("lang", lang);
        }
        if (min != null) {
            map.put("min", min);
        }
        if (max != null) {
            map.put("max", max);
        }
        return map;
    }
}
