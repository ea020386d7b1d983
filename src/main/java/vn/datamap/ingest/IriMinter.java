package vn.datamap.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import vn.datamap.vocab.DM;
import vn.datamap.vocab.Minted;
import vn.datamap.vocab.NS;

/**
 * Gives IRIs to the blank nodes a submission may leave for the server to name, so that a
 * database keeps the same IRI from one submission to the next: the catalogue
 * ({@code catalog/{agencyId}}), databases ({@code dataset/{dct:identifier}}), their roadmaps and
 * milestones (numbered in order of planned date), the catalogue's contact point and a data
 * service that serves exactly one database. Everything else is left as it came.
 */
final class IriMinter {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Node CATALOG = NodeFactory.createURI(NS.DCAT + "Catalog");
    private static final Node DATASET = NodeFactory.createURI(NS.DCAT + "dataset");
    private static final Node CONTACT = NodeFactory.createURI(NS.DCAT + "contactPoint");
    private static final Node SERVES = NodeFactory.createURI(NS.DCAT + "servesDataset");
    private static final Node IDENTIFIER_P = NodeFactory.createURI(NS.DCT + "identifier");
    private static final Node TITLE = NodeFactory.createURI(NS.DCT + "title");
    private static final Node PLANNED = NodeFactory.createURI(DM.NS + "plannedDate");

    private final Minted minted;

    IriMinter(Minted minted) {
        this.minted = minted;
    }

    Graph mint(Graph graph, String agencyId) {
        Map<Node, Node> names = new HashMap<>();
        Node catalogue = minted.catalogue(agencyId);
        for (Node c : subjectsOfType(graph, DM.AgencyCatalogue, CATALOG)) {
            if (c.isBlank()) {
                names.put(c, catalogue);
            }
        }
        for (Node db : subjectsOfType(graph, DM.Database)) {
            Node iri = db;
            String id = identifier(graph, db);
            if (db.isBlank() && id != null && IDENTIFIER.matcher(id).matches()) {
                iri = minted.dataset(id);
                names.put(db, iri);
            }
            if (iri.isURI()) {
                mintRoadmap(graph, db, iri.getURI(), names);
            }
        }
        graph.find(Node.ANY, CONTACT, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isBlank() && names.getOrDefault(t.getSubject(), t.getSubject()).equals(catalogue)) {
                names.putIfAbsent(t.getObject(), minted.iri("contact/" + agencyId));
            }
        });
        graph.find(Node.ANY, SERVES, Node.ANY).forEachRemaining(t -> {
            Node service = t.getSubject();
            Node served = names.getOrDefault(t.getObject(), t.getObject());
            if (service.isBlank() && served.isURI() && graph.find(service, SERVES, Node.ANY).toList().size() == 1) {
                names.putIfAbsent(service, NodeFactory.createURI(served.getURI() + "/api"));
            }
        });
        if (names.isEmpty()) {
            return graph;
        }
        Graph renamed = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> renamed.add(Triple.create(names.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), names.getOrDefault(t.getObject(), t.getObject()))));
        return renamed;
    }

    private void mintRoadmap(Graph graph, Node db, String dbIri, Map<Node, Node> names) {
        for (Triple r : graph.find(db, DM.roadmap, Node.ANY).toList()) {
            Node roadmap = r.getObject();
            if (roadmap.isBlank()) {
                names.put(roadmap, NodeFactory.createURI(dbIri + "/roadmap"));
            }
            List<Node> blanks = new ArrayList<>();
            int taken = 0;
            for (Triple m : graph.find(roadmap, DM.milestone, Node.ANY).toList()) {
                if (m.getObject().isBlank()) {
                    blanks.add(m.getObject());
                } else {
                    taken = Math.max(taken, number(m.getObject().getURI(), dbIri + "/milestone/"));
                }
            }
            blanks.sort(Comparator.comparing((Node m) -> literal(graph, m, PLANNED)).thenComparing(m -> literal(graph, m, TITLE)));
            for (Node m : blanks) {
                names.put(m, NodeFactory.createURI(dbIri + "/milestone/" + (++taken)));
            }
        }
    }

    private static int number(String iri, String prefix) {
        if (!iri.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(iri.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Node> subjectsOfType(Graph graph, Node... types) {
        List<Node> found = new ArrayList<>();
        for (Node type : types) {
            graph.find(Node.ANY, NS.RDF_TYPE, type).forEachRemaining(t -> {
                if (!found.contains(t.getSubject())) {
                    found.add(t.getSubject());
                }
            });
        }
        return found;
    }

    static String identifier(Graph graph, Node db) {
        return graph.find(db, IDENTIFIER_P, Node.ANY).nextOptional()
                .filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm().trim()).orElse(null);
    }

    private static String literal(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).nextOptional().filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }
}
