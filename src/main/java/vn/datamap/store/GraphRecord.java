package vn.datamap.store;

import org.apache.jena.graph.Node;

/**
 * What the store knows about one named graph of the live map, as read from its content.
 *
 * @param name      the graph's IRI
 * @param demo      it holds an illustrative demo catalogue ({@code dm:illustrative true}),
 *                  removed when demo data is switched off
 * @param catalogue the {@code dm:AgencyCatalogue} the graph holds, or null
 */
public record GraphRecord(Node name, boolean demo, Node catalogue) {
}
