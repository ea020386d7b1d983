package vn.datamap.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs this deployment mints, all under its base URI (see docs/MODEL.md). One instance per
 * server; the base always ends with a slash.
 */
public final class Minted {
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
        return iri("graph/reference");
    }

    public Node catalogueGraph(String agencyId) {
        return iri("graph/catalog/" + agencyId);
    }

    /** The agency id of a catalogue graph's name, or null when the node is not one. */
    public String agencyIdOfCatalogueGraph(Node graph) {
        String prefix = base + "graph/catalog/";
        return graph.isURI() && graph.getURI().startsWith(prefix) ? graph.getURI().substring(prefix.length()) : null;
    }

    /** The agency id of a catalogue IRI, or null. */
    public String agencyIdOfCatalogue(String iri) {
        String prefix = base + "catalog/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
    }
}
