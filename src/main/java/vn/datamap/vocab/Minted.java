package vn.datamap.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs this deployment mints, all under its base URI (see docs/MODEL.md). One instance per
 * server; the base always ends with a slash.
 */
public final class Minted {
    private static final String REFERENCE_GRAPH = "graph/reference";
    private static final String CATALOGUE_GRAPHS = "graph/catalog/";
    private final String base;

    public Minted(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** True when the IRI lies under this deployment's base. */
    public boolean isMinted(String iri) {
        return iri.startsWith(base);
    }

    /** The path of a minted IRI relative to the base, e.g. {@code agency/mps}. */
    public String relative(String iri) {
        return iri.substring(base.length());
    }

    public Node iri(String relative) {
        return NodeFactory.createURI(base + relative);
    }

    public Node nationalMap() {
        return iri("catalog");
    }

    public Node catalogue(String agencyId) {
        return iri("catalog/" + agencyId);
    }

    public Node agency(String agencyId) {
        return iri("agency/" + agencyId);
    }

    public Node dataset(String identifier) {
        return iri("dataset/" + identifier);
    }

    public Node referenceGraph() {
        return iri(REFERENCE_GRAPH);
    }

    public Node catalogueGraph(String agencyId) {
        return iri(CATALOGUE_GRAPHS + agencyId);
    }

    /** The agency id of a catalogue graph's name, or null when the node is not one. */
    public String agencyIdOfCatalogueGraph(Node graph) {
        String prefix = base + CATALOGUE_GRAPHS;
        return graph.isURI() && graph.getURI().startsWith(prefix) ? graph.getURI().substring(prefix.length()) : null;
    }

    /**
     * The base URI a graph name was minted under (the reference graph, or an agency catalogue's
     * graph), or null when the name is not one of those: how a backup tells which base it belongs to.
     */
    public static String baseOfGraph(Node graph) {
        if (graph == null || !graph.isURI()) {
            return null;
        }
        String iri = graph.getURI();
        if (iri.endsWith("/" + REFERENCE_GRAPH)) {
            return iri.substring(0, iri.length() - REFERENCE_GRAPH.length());
        }
        int at = iri.lastIndexOf("/" + CATALOGUE_GRAPHS);
        boolean catalogue = at >= 0 && iri.indexOf('/', at + 1 + CATALOGUE_GRAPHS.length()) < 0
                && iri.length() > at + 1 + CATALOGUE_GRAPHS.length();
        return catalogue ? iri.substring(0, at + 1) : null;
    }

    /** The agency id of a catalogue IRI, or null. */
    public String agencyIdOfCatalogue(String iri) {
        String prefix = base + "catalog/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
    }
}
