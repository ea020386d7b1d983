package vn.datamap.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the project's own vocabulary, {@code https://w3id.org/vndatamap/ns#}, as Jena nodes. */
public final class DM {
    public static final String NS = "https://w3id.org/vndatamap/ns#";
    /** The ontology's own IRI (the namespace without its hash). */
    public static final String ONTOLOGY = "https://w3id.org/vndatamap/ns";

    public static final Node Database = term("Database");
    public static final Node AgencyCatalogue = term("AgencyCatalogue");
    public static final Node NationalMap = term("NationalMap");
    public static final Node Agency = term("Agency");
    public static final Node Roadmap = term("Roadmap");
    public static final Node Milestone = term("Milestone");

    public static final Node roadmap = term("roadmap");
    public static final Node milestone = term("milestone");
    public static final Node databaseKind = term("databaseKind");
    public static final Node currentOwner = term("currentOwner");
    public static final Node primarySuccessor = term("primarySuccessor");
    public static final Node illustrative = term("illustrative");
    public static final Node referenceVersion = term("referenceVersion");

    // Revisions of agency catalogues (provenance kept by the write path).
    public static final Node Revision = term("Revision");
    public static final Node revisionNumber = term("revisionNumber");
    public static final Node databasesAdded = term("databasesAdded");
    public static final Node databasesChanged = term("databasesChanged");
    public static final Node databasesRemoved = term("databasesRemoved");
    public static final Node databasesUnchanged = term("databasesUnchanged");

    private DM() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
