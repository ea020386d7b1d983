package vn.datamap.validate;

import org.apache.jena.graph.Node;

/**
 * One result of validating a catalogue: which node breaks which rule, how badly, and what to
 * tell the steward in Vietnamese and English.
 *
 * @param severity  {@code Violation}, {@code Warning} or {@code Info}
 * @param focus     the node that breaks the rule (a database, a milestone, …)
 * @param path      the property concerned, or null for a rule about the node as a whole
 * @param value     the offending value, or null when a value is missing
 * @param shape     the IRI of the rule (shape)
 */
public record Finding(String severity, Node focus, Node path, Node value, Node shape,
                      String messageVi, String messageEn) {

    public boolean isViolation() {
        return "Violation".equals(severity);
    }
}
