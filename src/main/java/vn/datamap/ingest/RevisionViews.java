package vn.datamap.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/** Revisions as the API shows them: JSON, or PROV-O for an RDF client. */
final class RevisionViews {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Minted minted;

    RevisionViews(Minted minted) {
        this.minted = minted;
    }

    String href(String agencyId, int number) {
        return minted.base() + "api/agencies/" + agencyId + "/revisions/" + number;
    }

    Map<String, Object> json(Revision r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("href", href(r.agencyId(), r.number()));
        m.put("at", r.at().toString());
        m.put("agent", r.agent());
        m.put("activity", r.activity());
        m.put("format", r.format());
        m.put("bytes", r.bytes());
        m.put("triples", r.triples());
        m.put("databases", changes(r.changes()));
        m.put("milestones", r.changes().milestones());
        m.put("warnings", r.changes().warnings());
        if (r.restoredFrom() != null) {
            m.put("restoredFrom", r.restoredFrom());
        }
        return m;
    }

    static Map<String, Object> changes(Revision.Changes c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", c.databases());
        m.put("added", c.added());
        m.put("changed", c.changed());
        m.put("removed", c.removed());
        m.put("unchanged", c.unchanged());
        return m;
    }

    /** The history of one catalogue in PROV-O: each revision an entity specialising the catalogue. */
    Graph prov(String agencyId, List<Revision> revisions) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(NS.prefixes());
        Node catalogue = minted.catalogue(agencyId);
        for (Revision r : revisions) {
            Node entity = NodeFactory.createURI(href(agencyId, r.number()));
            g.add(entity, NS.RDF_TYPE, prov("Entity"));
            g.add(entity, NS.RDF_TYPE, DM.Revision);
            g.add(entity, prov("specializationOf"), catalogue);
            g.add(entity, prov("generatedAtTime"), NodeFactory.createLiteralDT(r.at().toString(), XSDDatatype.XSDdateTime));
            g.add(entity, DM.revisionNumber, integer(r.number()));
            if (r.number() > 1) {
                g.add(entity, prov("wasRevisionOf"), NodeFactory.createURI(href(agencyId, r.number() - 1)));
            }
            Node agent = NodeFactory.createURI("urn:datamap:agent:" + r.agent());
            g.add(agent, NS.RDF_TYPE, prov("Agent"));
            g.add(agent, NodeFactory.createURI(NS.RDFS + "label"), NodeFactory.createLiteralString(r.agent()));
            g.add(entity, prov("wasAttributedTo"), agent);
            Node activity = NodeFactory.createURI(href(agencyId, r.number()) + "#activity");
            g.add(activity, NS.RDF_TYPE, prov("Activity"));
            g.add(activity, NodeFactory.createURI(NS.RDFS + "label"), NodeFactory.createLiteralString(r.activity()));
            g.add(activity, prov("endedAtTime"), NodeFactory.createLiteralDT(r.at().toString(), XSDDatatype.XSDdateTime));
            g.add(activity, prov("wasAssociatedWith"), agent);
            g.add(entity, prov("wasGeneratedBy"), activity);
            g.add(entity, NodeFactory.createURI(NS.DCT + "format"), NodeFactory.createLiteralString(r.format()));
            g.add(entity, NodeFactory.createURI(NS.DCAT + "byteSize"), integer(r.bytes()));
            g.add(entity, NodeFactory.createURI(NS.VOID + "triples"), integer(r.triples()));
            g.add(entity, DM.databasesAdded, integer(r.changes().added().size()));
            g.add(entity, DM.databasesChanged, integer(r.changes().changed().size()));
            g.add(entity, DM.databasesRemoved, integer(r.changes().removed().size()));
            g.add(entity, DM.databasesUnchanged, integer(r.changes().unchanged()));
            if (r.restoredFrom() != null) {
                g.add(activity, prov("used"), NodeFactory.createURI(href(agencyId, r.restoredFrom())));
            }
        }
        return g;
    }

    private static Node prov(String local) {
        return NodeFactory.createURI(PROV + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
