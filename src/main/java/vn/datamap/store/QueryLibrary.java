package vn.datamap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The project's SPARQL, kept as {@code .rq} files under {@code datamap/queries/} on the class
 * path, one query per file, parsed once. Java never builds query text: parameters are bound as
 * RDF terms by the reader.
 */
public final class QueryLibrary {
    static final String ROOT = "datamap/queries/";
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private QueryLibrary() {}

    /** The parsed query {@code datamap/queries/{name}.rq}; callers must not modify it. */
    public static Query get(String name) {
        return CACHE.computeIfAbsent(name, QueryLibrary::parse);
    }

    /** The text of a query file, as written. */
    public static String text(String name) {
        String path = ROOT + name + ".rq";
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("No query file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read query file " + path, e);
        }
    }

    /**
     * A copy of {@code query} whose pattern starts with {@code VALUES ?var { … }}: the rows come
     * first, so the engine evaluates the rest once per value (index joins) instead of over the
     * whole store. The values are RDF terms; no text is built.
     */
    public static Query withValues(Query query, String var, List<Node> values) {
        Query copy = query.cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> rows = values.stream().map(n -> BindingFactory.binding(v, n)).toList();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(v), rows));
        Element pattern = copy.getQueryPattern();
        if (pattern instanceof ElementGroup inner) {
            inner.getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        copy.setQueryPattern(group);
        return copy;
    }

    private static Query parse(String name) {
        return QueryFactory.create(text(name), Syntax.syntaxSPARQL_11);
    }
}
