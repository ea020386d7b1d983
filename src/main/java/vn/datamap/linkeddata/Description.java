package vn.datamap.linkeddata;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the map says about one resource: the statements about it and pointing at it, and the
 * labels (by language tag) of every resource they mention, for pages people read.
 */
public record Description(Node resource, Graph graph, Map<Node, Map<String, String>> labels, Node today) {
}
