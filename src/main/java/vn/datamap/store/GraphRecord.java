package vn.datamap.store;

import org.apache.jena.graph.Node;

/**
 * What the store knows about one named graph.
 *
 * @param name      the graph's IRI
 * @param isPublic  part of the live map (catalogues, reference data, versions) or internal
 * @param demo      an illustrative demo catalogue, removed when demo data is switched off
 * @param catalogue the catalogue the graph holds, or null
 */
public record GraphRecord(Node name, boolean isPublic, boolean demo, Node catalogue) {
}
