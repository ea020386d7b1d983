package vn.datamap.queries;

import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A request's parameters made ready for a named query.
 *
 * @param binding the RDF terms, by variable; parameters without value are left out (unbound)
 * @param values  the text of every value in effect, given or default ({@code today} resolved to
 *                its date), by parameter name: refills forms and tells cached responses apart
 */
public record BoundParameters(Binding binding, Map<String, String> values) {
}
